import { createApp } from '@chatter/api'
import {
  apiKeyOf,
  join,
  sharedWorkspace,
  signedInUser,
  type TestUser,
  testDependencies,
} from '@chatter/api/testing'
import { seedResources } from './resources'

/** Everyone the reliability suite sends requests as. */
export const callers = [
  'anonymous',
  'owner',
  'viewer',
  'other',
  'readKey',
  'revokedKey',
  'expiredKey',
  'expiredToken',
] as const
export type Caller = (typeof callers)[number]

// Fuzzing sends hundreds of requests as one person: the limiter must not answer them all 429.
const roomy = {
  limit: 1_000_000,
  windowSeconds: 60,
  burst: 1_000_000,
  onContention: 'open' as const,
}

/**
 * Workspace A, owned by `owner`, with a viewer, a second viewer (`target`, for member routes)
 * and one resource of every kind (`seedResources`), so a path or body can name a real id of A
 * and a refusal is never just "no such id". `other` owns workspace B and nothing in A. The keys
 * are the owner's, in A: read-only, revoked and expired. `expiredToken` is an admin of A whose
 * access token expired an hour ago. With `ownerIsSystemAdmin`, the /v1/admin routes run too.
 */
export async function reliabilityWorld(options: { ownerIsSystemAdmin?: boolean } = {}) {
  let now = Date.now()
  const deps = testDependencies({
    clock: () => new Date(now),
    rateLimitPolicies: { auth: roomy, chat: roomy, default: roomy },
  })
  now -= 3_600_000
  const expired = await signedInUser(deps)
  now += 3_600_000
  const owner = await signedInUser(deps, {
    email: 'owner@example.com',
    systemAdmin: options.ownerIsSystemAdmin ?? false,
  })
  const people: Record<string, TestUser> = { owner }
  for (const name of ['viewer', 'target', 'other'])
    people[name] = await signedInUser(deps, { email: `${name}@example.com` })
  const { viewer, target, other } = people as Record<string, TestUser>
  if (!viewer || !target || !other) throw new Error('people were not made')
  const a = await sharedWorkspace(deps, owner, 'Team A')
  const b = await sharedWorkspace(deps, other, 'Team B')
  await join(deps, a, viewer, 'viewer')
  await join(deps, a, target, 'viewer')
  await join(deps, a, expired, 'admin')
  const keys = {
    readKey: await apiKeyOf(deps, owner, a.id, ['read']),
    revokedKey: await apiKeyOf(deps, owner, a.id, ['admin'], { revoked: true }),
    expiredKey: await apiKeyOf(deps, owner, a.id, ['admin'], {
      expiresAt: new Date(now - 1000).toISOString(),
    }),
  }
  const resources = await seedResources(deps, { a, b, owner, viewer, other, now })
  const headers: Record<Caller, Record<string, string>> = {
    anonymous: {},
    owner: owner.headers,
    viewer: viewer.headers,
    other: other.headers,
    readKey: keys.readKey.headers,
    revokedKey: keys.revokedKey.headers,
    expiredKey: keys.expiredKey.headers,
    expiredToken: expired.headers,
  }
  const ids = {
    A: a.id,
    B: b.id,
    ownerPersonal: owner.personalWorkspaceId,
    owner: owner.user.id,
    target: target.user.id,
    key: keys.readKey.key.id,
    ...resources,
  }
  return { deps, app: createApp(deps), headers, ids }
}

export type World = Awaited<ReturnType<typeof reliabilityWorld>>
