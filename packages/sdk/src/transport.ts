import type { ChatterClientOptions } from './client'

/** What clients made from one another (`withWorkspace`) share: the token, and a refresh under way. */
export interface TokenState {
  token: string | undefined
  refreshing?: Promise<string | undefined>
}

/**
 * A fetch that adds the client's headers (the request's own win), and after a 401 asks
 * `refreshToken` once for a fresh token and retries once with it. Concurrent 401s share one
 * refresh, so a refresh token that rotates is spent once.
 */
export function authorizedFetch(options: ChatterClientOptions, state: TokenState) {
  const baseFetch = options.fetch ?? globalThis.fetch
  const headersOf = (init: Headers, token: string | undefined) => {
    const headers = new Headers(init)
    for (const [name, value] of Object.entries(options.headers ?? {}))
      if (!headers.has(name)) headers.set(name, value)
    if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`)
    if (options.workspaceId && !headers.has('x-workspace-id'))
      headers.set('x-workspace-id', options.workspaceId)
    return headers
  }
  const refresh = (refreshToken: () => Promise<string | undefined>) => {
    state.refreshing ??= refreshToken().finally(() => {
      state.refreshing = undefined
    })
    return state.refreshing
  }

  return async (request: Request): Promise<Response> => {
    // The body can be read once: keep a copy for the retry.
    const retry = options.refreshToken ? request.clone() : undefined
    const sentWith = state.token
    const response = await baseFetch(
      new Request(request, { headers: headersOf(request.headers, sentWith) }),
    )
    if (response.status !== 401 || !retry || !options.refreshToken) return response
    // Another call may have refreshed already while this one was under way.
    const fresh = state.token !== sentWith ? state.token : await refresh(options.refreshToken)
    if (!fresh) return response
    state.token = fresh
    await response.body?.cancel().catch(() => {})
    return baseFetch(new Request(retry, { headers: headersOf(retry.headers, fresh) }))
  }
}
