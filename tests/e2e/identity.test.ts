// Issue 3 end to end: accounts, workspaces, invitations, API keys, audit and rate limits through
// real HTTP on the local stack (DynamoDB Local behind the production adapters).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

const password = 'a long enough passphrase'
// Every request here comes from 127.0.0.1: a roomy per-IP auth bucket keeps the tests apart
// (the per-IP limit itself is tested in packages/api). Login's own brute-force limit stays.
const roomy = { limit: 1_000, windowSeconds: 60, burst: 1_000, onContention: 'open' as const }
const start = (dir: string) =>
  startTestStack(dir, {
    identity: { accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, firstUserAdmin: true },
    rateLimitPolicies: { auth: roomy },
  })
let stack: LocalStack
let dataDir: string

async function call(
  method: string,
  path: string,
  {
    token,
    apiKey,
    body,
    workspace,
  }: { token?: string; apiKey?: string; body?: unknown; workspace?: string } = {},
) {
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(apiKey ? { 'x-api-key': apiKey } : {}),
      ...(workspace ? { 'x-workspace-id': workspace } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? safeJson(text) : undefined,
  }
}

const safeJson = (text: string) => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const register = async (email: string, name: string) => {
  const response = await call('POST', '/v1/auth/register', { body: { email, password, name } })
  expect(response.status, response.text).toBe(201)
  return response.json as { user: { id: string }; accessToken: string; refreshToken: string }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-identity-'))
  stack = await start(dataDir)
})
afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('identity, workspaces and access control on the local stack', () => {
  it('runs a team through sign-up, invitation, roles, keys and the audit log', async () => {
    const ada = await register('ada@example.com', 'Ada')
    const bob = await register('Bob@Example.com', 'Bob')

    // The first user administers the platform; each user has a personal workspace.
    const adaMe = (await call('GET', '/v1/me', { token: ada.accessToken })).json
    expect(adaMe.systemAdmin).toBe(true)
    const bobMe = (await call('GET', '/v1/me', { token: bob.accessToken })).json
    expect(bobMe.systemAdmin).toBe(false)
    expect(bobMe.workspaces.map((w: { id: string }) => w.id)).toEqual([bobMe.personalWorkspaceId])

    const created = await call('POST', '/v1/workspaces', {
      token: ada.accessToken,
      body: { name: 'Research' },
    })
    expect(created.status).toBe(201)
    const team = created.json.id as string

    // Bob cannot see it yet: another workspace's id is a 404, not a 403.
    expect((await call('GET', `/v1/workspaces/${team}`, { token: bob.accessToken })).status).toBe(
      404,
    )

    const invited = await call('POST', `/v1/workspaces/${team}/invitations`, {
      token: ada.accessToken,
      body: { email: 'bob@example.com', role: 'member' },
    })
    expect(invited.status).toBe(201)
    const mine = (await call('GET', '/v1/invitations', { token: bob.accessToken })).json
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([invited.json.id])
    const accepted = await call('POST', `/v1/invitations/${invited.json.id}/accept`, {
      token: bob.accessToken,
    })
    expect(accepted.status).toBe(200)

    const members = (
      await call('GET', `/v1/workspaces/${team}/members`, { token: bob.accessToken })
    ).json
    expect(
      members.items.map((m: { email: string; role: string }) => [m.email, m.role]).sort(),
    ).toEqual([
      ['ada@example.com', 'owner'],
      ['bob@example.com', 'member'],
    ])

    // A member may not manage keys; the owner may, and the key works by itself.
    const keyBody = { name: 'ci', scopes: ['read'] }
    expect(
      (
        await call('POST', '/v1/api-keys', {
          token: bob.accessToken,
          workspace: team,
          body: keyBody,
        })
      ).status,
    ).toBe(403)
    const key = await call('POST', '/v1/api-keys', {
      token: ada.accessToken,
      workspace: team,
      body: keyBody,
    })
    expect(key.status).toBe(201)
    const secret = key.json.secret as string
    expect(secret).toMatch(/^chk_/)
    const listed = (await call('GET', '/v1/api-keys', { token: ada.accessToken, workspace: team }))
      .text
    expect(listed).not.toContain(secret)
    const viaKey = await call('GET', '/v1/me', { apiKey: secret })
    expect(viaKey.json.apiKey).toMatchObject({ workspaceId: team, scopes: ['read'] })
    // A read-scoped key cannot write, and cannot reach another workspace.
    expect(
      (await call('PATCH', `/v1/workspaces/${team}`, { apiKey: secret, body: { name: 'X' } }))
        .status,
    ).toBe(403)
    expect(
      (await call('GET', `/v1/workspaces/${bobMe.personalWorkspaceId}`, { apiKey: secret })).status,
    ).toBe(404)

    expect(
      (
        await call('DELETE', `/v1/api-keys/${key.json.id}`, {
          token: ada.accessToken,
          workspace: team,
        })
      ).status,
    ).toBe(204)
    expect((await call('GET', '/v1/me', { apiKey: secret })).status).toBe(401)

    // The audit log saw all of it, and exports as CSV.
    const csv = await call('GET', '/v1/audit-events/export?format=csv', {
      token: ada.accessToken,
      workspace: team,
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    for (const action of [
      'workspace.created',
      'member.invited',
      'member.added',
      'key.created',
      'key.revoked',
    ]) {
      expect(csv.text).toContain(action)
    }
    // A member cannot read the audit log.
    expect(
      (await call('GET', '/v1/audit-events', { token: bob.accessToken, workspace: team })).status,
    ).toBe(403)
  })

  it('rotates refresh tokens and revokes the whole session when an old one is replayed', async () => {
    const carol = await register('carol@example.com', 'Carol')
    const first = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: carol.refreshToken },
    })
    expect(first.status).toBe(200)
    const replay = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: carol.refreshToken },
    })
    expect(replay.status).toBe(401)
    const newest = await call('POST', '/v1/auth/refresh', {
      body: { refreshToken: first.json.refreshToken },
    })
    expect(newest.status).toBe(401)
    expect((await call('GET', '/v1/me', { token: first.json.accessToken })).status).toBe(401)
  })

  it('locks sign-in after repeated wrong passwords, with Retry-After', async () => {
    await register('dave@example.com', 'Dave')
    const login = (pw: string) =>
      call('POST', '/v1/auth/login', { body: { email: 'dave@example.com', password: pw } })
    for (let i = 0; i < 5; i++) expect((await login('wrong password here')).status).toBe(401)
    const locked = await login(password)
    expect(locked.status).toBe(429)
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(locked.headers.get('content-type')).toBe('application/problem+json')
  })

  it('keeps accounts and sessions across a restart (the signing key persists)', async () => {
    const erin = await register('erin@example.com', 'Erin')
    await stack.stop()
    stack = await start(dataDir)
    const me = await call('GET', '/v1/me', { token: erin.accessToken })
    expect(me.status).toBe(200)
    expect(me.json.user.email).toBe('erin@example.com')
  })
})
