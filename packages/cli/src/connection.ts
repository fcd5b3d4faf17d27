import type { ConfigFile, Connection } from './config-store'

export const defaultUrl = 'http://localhost:3000'

/** The global options every command takes. */
export interface GlobalOptions {
  connection?: string
  url?: string
  workspace?: string
  json?: boolean
}

/** The connection a command runs with, after flags and environment are applied. */
export interface ResolvedConnection {
  /** The profile name (it may not exist yet, e.g. before the first login). */
  name: string
  url: string
  /** What authenticates calls: a session's access token or an API key; none when signed out. */
  auth: { kind: 'session'; token: string } | { kind: 'apiKey'; token: string } | { kind: 'none' }
  workspaceId?: string
  stored?: Connection
}

/**
 * Applies the precedence flags > environment > saved profile > defaults. `CHATTER_API_KEY`
 * replaces the profile's credential (handy in CI, with no config file at all).
 */
export function resolveConnection(
  config: ConfigFile,
  flags: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedConnection {
  const name = flags.connection ?? env.CHATTER_CONNECTION ?? config.current ?? 'default'
  const stored = config.connections[name]
  const url = (flags.url ?? env.CHATTER_API_URL ?? stored?.url ?? defaultUrl).replace(/\/+$/, '')
  const apiKey = env.CHATTER_API_KEY || stored?.apiKey
  const auth: ResolvedConnection['auth'] = env.CHATTER_API_KEY
    ? { kind: 'apiKey', token: env.CHATTER_API_KEY }
    : stored?.accessToken
      ? { kind: 'session', token: stored.accessToken }
      : apiKey
        ? { kind: 'apiKey', token: apiKey }
        : { kind: 'none' }
  const workspaceId =
    flags.workspace ??
    env.CHATTER_WORKSPACE_ID ??
    (env.CHATTER_API_KEY ? undefined : stored?.workspaceId)
  return { name, url, auth, stored, ...(workspaceId ? { workspaceId } : {}) }
}
