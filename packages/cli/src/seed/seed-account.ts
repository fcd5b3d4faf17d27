import { ChatterApiError, type ChatterClient, createChatterClient } from '@chatter/sdk'
import type { SeedLedger } from './ledger'

/** Thrown when the seed cannot go on; main prints the message and exits 1. */
export class SeedError extends Error {
  override name = 'SeedError'
}

/**
 * Checks that a Chatter server answers at `baseUrl`, so a stopped server gets a message saying
 * what to do rather than a bare `fetch failed`.
 */
export async function assertReachable(baseUrl: string): Promise<void> {
  const url = `${baseUrl.replace(/\/+$/, '')}/healthz`
  const problem = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
    (response) => (response.ok ? undefined : `it answered ${response.status} at ${url}`),
    (error: unknown) => (error instanceof Error ? (error.cause ?? error) : error),
  )
  if (problem === undefined) return
  const why = problem instanceof Error ? problem.message : String(problem)
  throw new SeedError(
    `No Chatter server is reachable at ${baseUrl} (${why}): start it with \`npm start\` in ` +
      'another terminal, or set CHATTER_API_URL to where it runs.',
  )
}

/**
 * Signs the demo user in: registers the account, or logs in when the email is taken (409).
 * Answers a client acting as the user (no workspace yet).
 */
export async function signInDemoUser(
  baseUrl: string,
  account: { email: string; password: string; name: string },
  ledger: SeedLedger,
): Promise<{ chatter: ChatterClient; userId: string }> {
  const anonymous = createChatterClient({ baseUrl })
  const { email, password, name } = account
  try {
    const session = await anonymous.unwrap(
      anonymous.api.POST('/v1/auth/register', { body: { email, password, name } }),
    )
    ledger.note('user', email, session.user.id, true)
    return {
      chatter: createChatterClient({ baseUrl, token: session.accessToken }),
      userId: session.user.id,
    }
  } catch (error) {
    if (!(error instanceof ChatterApiError && error.status === 409)) throw error
  }
  try {
    const session = await anonymous.unwrap(
      anonymous.api.POST('/v1/auth/login', { body: { email, password } }),
    )
    ledger.note('user', email, session.user.id, false)
    return {
      chatter: createChatterClient({ baseUrl, token: session.accessToken }),
      userId: session.user.id,
    }
  } catch (error) {
    if (error instanceof ChatterApiError && error.status === 401)
      throw new SeedError(
        `${email} already exists with another password: set CHATTER_SEED_PASSWORD to it, or ` +
          'CHATTER_SEED_EMAIL to another address.',
      )
    throw error
  }
}

/** The caller's workspace named `name` (the first one found), created when there is none. */
export async function ensureWorkspace(
  chatter: ChatterClient,
  name: string,
  ledger: SeedLedger,
): Promise<string> {
  for await (const workspace of chatter.paginate('/v1/workspaces', { query: { limit: 100 } }))
    if (workspace.name === name) return ledger.note('workspace', name, workspace.id, false)
  const created = await chatter.unwrap(chatter.api.POST('/v1/workspaces', { body: { name } }))
  return ledger.note('workspace', name, created.id, true)
}
