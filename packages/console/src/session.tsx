import {
  ChatterApiError,
  type ChatterClient,
  createChatterClient,
  type Schemas,
} from '@chatter/sdk'
import { type ComponentChildren, createContext } from 'preact'
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks'

type Me = Schemas['Me']
type AuthSession = Schemas['AuthSession']

const refreshKey = 'chatter.refreshToken'
const workspaceKey = 'chatter.workspaceId'

/**
 * The signed-in person: who they are, the client acting in the chosen workspace, and the
 * actions that change either. The refresh token survives a reload (localStorage); the access
 * token lives in memory only and is renewed by the SDK on a 401.
 */
export interface Session {
  me: Me
  /** The client acting in `workspaceId` (sends `X-Workspace-Id`). */
  client: ChatterClient
  workspaceId: string
  workspace: Me['workspaces'][number] | undefined
  /** owner/admin of the current workspace. */
  isAdmin: boolean
  /** viewer: may read, not write. */
  canWrite: boolean
  switchWorkspace(id: string): void
  /** Reads /v1/me again (after creating or leaving a workspace). */
  reloadMe(): Promise<void>
  signOut(): Promise<void>
}

interface SessionState {
  status: 'loading' | 'signedOut' | 'signedIn'
  session?: Session
  signIn(email: string, password: string): Promise<void>
  register(email: string, password: string, name?: string): Promise<void>
}

const SessionContext = createContext<SessionState | undefined>(undefined)

/** The API's origin: the console is served by the API itself. */
const baseUrl = typeof location === 'undefined' ? 'http://localhost:3000' : location.origin

/**
 * In AWS, API Gateway buffers responses, so the page names the streaming function URL
 * (`<meta name="chatter-stream-url">`) and answers (`Accept: text/event-stream`) are sent there.
 * Should the browser be refused (the function URL's CORS does not list this origin), answers
 * come through the API instead, whole rather than streamed.
 */
function consoleFetch(): typeof fetch {
  const streamUrl = document
    .querySelector<HTMLMetaElement>('meta[name="chatter-stream-url"]')
    ?.content.trim()
  if (!streamUrl) return (input, init) => fetch(input, init)
  let reachable = true
  return async (input, init) => {
    const request = new Request(input, init)
    if (!reachable || !request.headers.get('accept')?.includes('text/event-stream'))
      return fetch(request)
    const { pathname, search } = new URL(request.url)
    try {
      return await fetch(new Request(new URL(pathname + search, streamUrl), request.clone()))
    } catch (error) {
      if (request.signal.aborted) throw error
      reachable = false
      return fetch(request)
    }
  }
}

// Signing in, up and refreshing need no token.
const anonymous = createChatterClient({ baseUrl })

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [status, setStatus] = useState<SessionState['status']>('loading')
  const [me, setMe] = useState<Me>()
  const [workspaceId, setWorkspaceId] = useState<string | undefined>(
    () => localStorage.getItem(workspaceKey) ?? undefined,
  )
  // One client for the whole session: its token state is shared by every workspace view.
  const [root, setRoot] = useState<ChatterClient>()

  const start = useCallback(async (auth: AuthSession | undefined) => {
    if (auth) localStorage.setItem(refreshKey, auth.refreshToken)
    const refreshToken = async () => {
      const stored = localStorage.getItem(refreshKey)
      if (!stored) return undefined
      try {
        const next = await anonymous.unwrap(
          anonymous.api.POST('/v1/auth/refresh', { body: { refreshToken: stored } }),
        )
        localStorage.setItem(refreshKey, next.refreshToken)
        return next.accessToken
      } catch {
        localStorage.removeItem(refreshKey)
        setStatus('signedOut')
        return undefined
      }
    }
    const token = auth?.accessToken ?? (await refreshToken())
    if (!token) {
      setStatus('signedOut')
      return
    }
    const client = createChatterClient({ baseUrl, token, refreshToken, fetch: consoleFetch() })
    const current = await client.unwrap(client.api.GET('/v1/me'))
    setRoot(client)
    setMe(current)
    setStatus('signedIn')
  }, [])

  useEffect(() => {
    start(undefined).catch(() => setStatus('signedOut'))
  }, [start])

  const signIn = useCallback(
    async (email: string, password: string) =>
      start(
        await anonymous.unwrap(anonymous.api.POST('/v1/auth/login', { body: { email, password } })),
      ),
    [start],
  )
  const register = useCallback(
    async (email: string, password: string, name?: string) =>
      start(
        await anonymous.unwrap(
          anonymous.api.POST('/v1/auth/register', {
            body: { email, password, ...(name ? { name } : {}) },
          }),
        ),
      ),
    [start],
  )

  const session = useMemo<Session | undefined>(() => {
    if (!me || !root) return undefined
    const known = me.workspaces.find((w) => w.id === workspaceId)
    const id = known ? known.id : me.personalWorkspaceId
    const workspace = me.workspaces.find((w) => w.id === id)
    const role = workspace?.role ?? 'owner'
    return {
      me,
      client: root.withWorkspace(id),
      workspaceId: id,
      workspace,
      isAdmin: role === 'owner' || role === 'admin',
      canWrite: role !== 'viewer',
      switchWorkspace(next) {
        localStorage.setItem(workspaceKey, next)
        setWorkspaceId(next)
      },
      async reloadMe() {
        setMe(await root.unwrap(root.api.GET('/v1/me')))
      },
      async signOut() {
        await root.api.POST('/v1/auth/logout').catch(() => {})
        localStorage.removeItem(refreshKey)
        setMe(undefined)
        setRoot(undefined)
        setStatus('signedOut')
      },
    }
  }, [me, root, workspaceId])

  const value = useMemo(
    () => ({ status, session, signIn, register }),
    [status, session, signIn, register],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext)
  if (!state) throw new Error('useSessionState needs a SessionProvider')
  return state
}

/** The signed-in session (pages are only rendered when someone is signed in). */
export function useSession(): Session {
  const { session } = useSessionState()
  if (!session) throw new Error('useSession needs a signed-in session')
  return session
}

/** A short sentence for any error: the API's problem detail, else the error's message. */
export function describeError(error: unknown): string {
  if (error instanceof ChatterApiError) {
    const fields = error.problem.errors?.map((e) => `${e.path}: ${e.message}`).join('; ')
    return fields ? `${error.message} (${fields})` : error.message
  }
  return error instanceof Error ? error.message : String(error)
}
