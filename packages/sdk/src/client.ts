import createClient, { type Client, type Middleware } from 'openapi-fetch'
import { ChatterApiError, describeProblem, problemOf } from './errors'
import { type ItemOf, type ListParams, type ListPath, type Page, pages } from './paginate'
import type { components, paths } from './schema'
import { type AnswerStreamEvent, sseEvents } from './stream'
import { authorizedFetch, type TokenState } from './transport'
import { type UploadFile, type UploadOptions, uploadDocument } from './upload'
import { type WaitOptions, waitForDocument } from './wait'

export type Schemas = components['schemas']

export interface ChatterClientOptions {
  /** The server, e.g. `http://localhost:3000` (no `/v1`; a trailing slash is fine). */
  baseUrl: string
  /** An access token from login, or an API key (`chk_...`): sent as `Authorization: Bearer`. */
  token?: string
  /** The workspace every call acts in (`X-Workspace-Id`); without it, the personal workspace. */
  workspaceId?: string
  /**
   * Called when a call is answered 401, to get a fresh token (e.g. by refreshing a session);
   * the call is then retried once with it. Return undefined to give up.
   */
  refreshToken?: () => Promise<string | undefined>
  /** The fetch to use (tests, proxies); also sends uploads to the presigned storage URLs. */
  fetch?: typeof globalThis.fetch
  /** Sent with every call (e.g. `User-Agent`); a call's own headers win. */
  headers?: Record<string, string>
}

/** The answer of an openapi-fetch call, as `unwrap` takes it. */
type Call<T> = Promise<{ data?: T; error?: unknown; response: Response }>

export interface ChatterClient {
  /**
   * The typed client of every route (openapi-fetch): paths, parameters, bodies and answers are
   * checked against the API's OpenAPI document.
   * @example const { data, error } = await chatter.api.GET('/v1/conversations', { params: { query: { limit: 10 } } })
   */
  api: Client<paths>
  /**
   * The data of a call, or a `ChatterApiError` carrying the problem.
   * @example const convo = await chatter.unwrap(chatter.api.POST('/v1/conversations', { body: { title: 'Hi' } }))
   */
  unwrap<T>(call: Call<T>): Promise<T>
  /**
   * Every item of a list route, page after page (following `nextCursor`).
   * @example for await (const doc of chatter.paginate('/v1/documents', { query: { status: 'ready' } })) console.log(doc.filename)
   */
  paginate<P extends ListPath>(path: P, params?: Partial<ListParams<P>>): AsyncGenerator<ItemOf<P>>
  /**
   * Posts a message and yields the answer's events as they stream (`message.start` first, `delta`
   * text, `tool.call`, `citation`, ... and `message.end` last). Breaking out of the loop stops
   * the answer; aborting `signal` too, and the loop then throws the abort reason.
   * @example for await (const e of chatter.streamMessage(id, { content: 'Hello' })) if (e.event === 'delta') process.stdout.write(e.data.text)
   */
  streamMessage(
    conversationId: string,
    body: Schemas['NewMessage'],
    options?: { signal?: AbortSignal },
  ): AsyncGenerator<AnswerStreamEvent>
  /**
   * Uploads a file as a document (one signed PUT, or signed parts for a large file) and answers
   * it; ingestion then runs on the server (see `waitForDocument`).
   * @example const doc = await chatter.uploadDocument({ filename: 'a.md', contentType: 'text/markdown', size: bytes.byteLength, body: bytes }, { onProgress: (sent, total) => bar.update(sent / total) })
   */
  uploadDocument(file: UploadFile, options?: UploadOptions): Promise<Schemas['Document']>
  /**
   * Polls a document until it is `ready` (or `duplicate`); throws `DocumentWaitError` when it
   * failed or on timeout.
   * @example const ready = await chatter.waitForDocument(doc.id, { timeoutMs: 60_000 })
   */
  waitForDocument(id: string, options?: WaitOptions): Promise<Schemas['Document']>
  /**
   * The same client acting in another workspace (`undefined`: the personal one); it shares the
   * token, so a refresh in one serves both.
   * @example const team = chatter.withWorkspace('ws_123')
   */
  withWorkspace(workspaceId: string | undefined): ChatterClient
  readonly options: Readonly<ChatterClientOptions>
}

/**
 * A client of the Chatter API.
 * @example
 * const chatter = createChatterClient({ baseUrl: 'http://localhost:3000', token: process.env.CHATTER_API_KEY })
 * const me = await chatter.unwrap(chatter.api.GET('/v1/me'))
 */
export function createChatterClient(options: ChatterClientOptions): ChatterClient {
  return clientWith(options, { token: options.token })
}

function clientWith(options: ChatterClientOptions, state: TokenState): ChatterClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const send = authorizedFetch(options, state)
  const api = createClient<paths>({ baseUrl, fetch: (request) => send(request) })

  const unwrap = async <T>(call: Call<T>): Promise<T> => {
    const { data, error, response } = await call
    if (!response.ok) throw new ChatterApiError(response.status, describeProblem(response, error))
    return data as T
  }
  // Presigned storage URLs take no Authorization header: they get the plain fetch.
  const context = { api, unwrap, fetch: options.fetch ?? globalThis.fetch }

  return {
    api,
    unwrap,
    get options() {
      return { ...options, token: state.token }
    },
    paginate(path, params) {
      // The signature checks the path is a list route; the call itself is typed loosely.
      const get = api.GET as unknown as (path: string, init: object) => Call<Page<never>>
      const query = (params as { query?: object } | undefined)?.query
      return pages((cursor) =>
        unwrap(get(path, { params: { ...params, query: { ...query, cursor } } })),
      )
    },
    async *streamMessage(conversationId, body, { signal } = {}) {
      const path = `/v1/conversations/${encodeURIComponent(conversationId)}/messages`
      const response = await send(
        new Request(`${baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify(body),
          ...(signal ? { signal } : {}),
        }),
      )
      if (!response.ok || !response.body)
        throw new ChatterApiError(response.status, await problemOf(response))
      yield* sseEvents(response.body)
    },
    uploadDocument: (file, uploadOptions) => uploadDocument(context, file, uploadOptions),
    waitForDocument: (id, waitOptions) => waitForDocument(context, id, waitOptions),
    withWorkspace: (workspaceId) => clientWith({ ...options, workspaceId }, state),
  }
}

export type { Middleware }
