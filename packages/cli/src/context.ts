import { type ChatterClient, createChatterClient } from '@chatter/sdk'
import type { Command } from 'commander'
import { ConfigStore, configDir } from './config-store'
import { type GlobalOptions, type ResolvedConnection, resolveConnection } from './connection'

const userAgent = 'chatter-cli/0.1.0'

/** The server of the running command, for error messages about reaching it. */
export let lastUrl = resolveConnection({ connections: {} }, {}).url

/** What a command needs: its options, the config file and the connection they resolve to. */
export interface Context {
  options: GlobalOptions & Record<string, unknown>
  store: ConfigStore
  connection: ResolvedConnection
}

/** The options of `command` with the program's global ones, and the connection they pick. */
export async function contextOf(command: Command): Promise<Context> {
  const options = command.optsWithGlobals<GlobalOptions & Record<string, unknown>>()
  const store = new ConfigStore(configDir())
  const connection = resolveConnection(await store.read(), options)
  lastUrl = connection.url
  return { options, store, connection }
}

/** A client with no credential (register, login, health). */
export function anonymousClient(url: string): ChatterClient {
  lastUrl = url
  return createChatterClient({ baseUrl: url, headers: { 'user-agent': userAgent } })
}

/**
 * Exchanges the saved refresh token for a new pair and saves it back (refresh tokens work once,
 * so the new one must be kept). One refresh at a time: parallel 401s share it.
 */
function sessionRefresher(context: Context): () => Promise<string | undefined> {
  let pending: Promise<string | undefined> | undefined
  const refresh = async () => {
    const { name, url, stored } = context.connection
    if (!stored?.refreshToken) return undefined
    const response = await fetch(`${url}/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({ refreshToken: stored.refreshToken }),
    })
    if (!response.ok) return undefined
    const session = (await response.json()) as {
      accessToken: string
      refreshToken: string
      expiresIn: number
    }
    await context.store.update((config) => {
      const saved = config.connections[name]
      if (saved) Object.assign(saved, sessionFields(session))
    })
    Object.assign(stored, sessionFields(session))
    return session.accessToken
  }
  return () => {
    pending ??= refresh().finally(() => {
      pending = undefined
    })
    return pending
  }
}

/** The fields of a connection that hold a session. */
export function sessionFields(session: {
  accessToken: string
  refreshToken: string
  expiresIn: number
}) {
  return {
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    accessTokenExpiresAt: new Date(Date.now() + session.expiresIn * 1000).toISOString(),
  }
}

/**
 * The client of the command's connection, acting in its workspace. An expired session is
 * refreshed before the first call (saving a round trip to a 401) and again after any 401.
 */
export async function clientOf(context: Context): Promise<ChatterClient> {
  const { auth, url, workspaceId, stored } = context.connection
  const refresh = auth.kind === 'session' ? sessionRefresher(context) : undefined
  let token = auth.kind === 'none' ? undefined : auth.token
  const expiresAt = stored?.accessTokenExpiresAt ? Date.parse(stored.accessTokenExpiresAt) : NaN
  if (refresh && expiresAt < Date.now() + 10_000) token = (await refresh()) ?? token
  return createChatterClient({
    baseUrl: url,
    headers: { 'user-agent': userAgent },
    ...(token ? { token } : {}),
    ...(workspaceId ? { workspaceId } : {}),
    ...(refresh ? { refreshToken: refresh } : {}),
  })
}
