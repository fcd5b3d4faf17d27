import { setTimeout as sleep } from 'node:timers/promises'

// biome-ignore lint/suspicious/noExplicitAny: the tests read response bodies loosely, as a client does
export type Body = Record<string, any>

/** One server-sent event as a browser's EventSource hands it over. */
export interface SseEvent {
  id: string
  event: string
  data: Body
}

/** A signed-in user of a running local stack, calling it over HTTP as any client would. */
export interface StackUser {
  token: string
  workspaceId: string
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Body }>
  /** Posts a chat message asking for a streamed answer and reads the stream to its end. */
  ask(conversationId: string, content: string): Promise<SseEvent[]>
}

/** Registers a new account on the stack at `url` and returns it ready to call the API. */
export async function registerUser(url: string, email: string): Promise<StackUser> {
  const registered = await fetch(`${url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long enough passphrase' }),
  })
  if (registered.status !== 201) throw new Error(`register: ${await registered.text()}`)
  return signedIn(url, ((await registered.json()) as Body).accessToken)
}

/** A client for the stack at `url` holding `token` (an access token or an API key). */
export async function signedIn(url: string, token: string): Promise<StackUser> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const call: StackUser['call'] = async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Body }
  }
  const ask: StackUser['ask'] = async (conversationId, content) => {
    const response = await fetch(`${url}/v1/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { ...headers, accept: 'text/event-stream' },
      body: JSON.stringify({ content }),
    })
    if (response.status !== 200) throw new Error(`ask: ${response.status} ${await response.text()}`)
    return readEvents(response)
  }
  const me = await call('GET', '/v1/me')
  return { token, workspaceId: me.body.workspaces?.[0]?.id, call, ask }
}

/** Reads every SSE frame of `response` until the server closes the stream. */
export async function readEvents(response: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = []
  let buffer = ''
  for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) {
    buffer += chunk
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const frame = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const field = (name: string) =>
        frame
          .split('\n')
          .filter((line) => line.startsWith(`${name}:`))
          .map((line) => line.slice(name.length + 1).trimStart())
          .join('\n')
      if (frame.trim())
        events.push({
          id: field('id'),
          event: field('event'),
          data: JSON.parse(field('data') || '{}'),
        })
    }
  }
  return events
}

/** The answer's text as the client saw it: every `delta` joined. */
export const streamedText = (events: SseEvent[]) =>
  events
    .filter((e) => e.event === 'delta')
    .map((e) => e.data.text as string)
    .join('')

/** Polls `probe` until it returns something other than undefined. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(100)
  }
}
