// Test support for the answer routes (imported by tests only): a world with a scripted model,
// and an SSE reader that parses the stream the way a browser's EventSource does.
import { defaultConversationTitle, type HttpConfig, newId } from '@chatter/core'
import {
  type InMemoryMessages,
  resolverOf,
  type Script,
  ScriptedChatModel,
} from '@chatter/core/testing'
import { createApp } from '../app'
import { join, sharedWorkspace, signedInUser, type TestUser } from '../test-callers'
import { testDependencies } from '../test-support'

/** One parsed SSE event: its id, its name and its JSON data. */
export interface SseFrame {
  id?: string
  event?: string
  // biome-ignore lint/suspicious/noExplicitAny: the assertions that follow are the type check
  data: any
}

function parseFrame(block: string): SseFrame | undefined {
  const frame: { id?: string; event?: string; data: string[] } = { data: [] }
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':')
    const field = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'id') frame.id = value
    else if (field === 'event') frame.event = value
    else if (field === 'data') frame.data.push(value)
  }
  if (frame.data.length === 0) return undefined
  return { ...frame, data: JSON.parse(frame.data.join('\n')) }
}

/** The events of an SSE body as they arrive; stop early by breaking out (which cancels it). */
export async function* sseFrames(response: Response): AsyncGenerator<SseFrame> {
  if (!response.body) throw new Error('no body')
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      buffer += value.replaceAll('\r\n', '\n')
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const frame = parseFrame(buffer.slice(0, end))
        buffer = buffer.slice(end + 2)
        if (frame) yield frame
      }
    }
  } finally {
    await reader.cancel().catch(() => {})
  }
}

/** Every event of an SSE body, read to its end. */
export async function readSse(response: Response): Promise<SseFrame[]> {
  const frames: SseFrame[] = []
  for await (const frame of sseFrames(response)) frames.push(frame)
  return frames
}

export const textOf = (frames: readonly SseFrame[]) =>
  frames.map((frame) => (frame.event === 'delta' ? frame.data.text : '')).join('')

/** Polls `check` until it returns something, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/**
 * The app with a scripted local model, an owner with a team workspace (with a member and a
 * viewer), and an empty conversation of the owner's made in the store.
 */
export async function chatApp(script?: (request: { modelId: string }) => Script) {
  // Room for a 100,000-character message (the default test limit is 1 KB).
  const config: HttpConfig = { CORS_ORIGINS: [], MAX_BODY_BYTES: 512 * 1024, LOG_LEVEL: 'SILENT' }
  const model = new ScriptedChatModel('local', script)
  const deps = testDependencies({
    config,
    chat: {
      models: resolverOf({ local: model }),
      defaultModel: { provider: 'local', modelId: 'local' },
    },
  })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const [member, viewer] = [await signedInUser(deps), await signedInUser(deps)]
  await join(deps, team, member, 'member')
  await join(deps, team, viewer, 'viewer')
  const conversationOf = (user: TestUser) =>
    deps.conversations.create({
      id: newId('cnv'),
      workspaceId: team.id,
      userId: user.user.id,
      title: defaultConversationTitle,
      archived: false,
      messageCount: 0,
      lastActivityAt: new Date().toISOString(),
    })
  const conversation = await conversationOf(owner)
  const headersOf = (user: TestUser, extra: Record<string, string> = {}) => ({
    ...user.headers,
    'X-Workspace-Id': team.id,
    'Content-Type': 'application/json',
    ...extra,
  })
  /** POSTs a message as `user` (the owner by default); `stream` asks for SSE. */
  const send = (
    body: unknown,
    options: { user?: TestUser; stream?: boolean; path?: string; signal?: AbortSignal } = {},
  ) =>
    app.request(options.path ?? `/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: headersOf(
        options.user ?? owner,
        options.stream ? { Accept: 'text/event-stream' } : {},
      ),
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...(options.signal ? { signal: options.signal } : {}),
    })
  /** How many messages the store holds (all conversations). */
  const storedMessages = () => (deps.messages as InMemoryMessages).byId.size
  return {
    deps,
    app,
    model,
    storedMessages,
    owner,
    member,
    viewer,
    team,
    conversation,
    conversationOf,
    headersOf,
    send,
  }
}
