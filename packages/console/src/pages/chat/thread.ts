// The conversation as the chat page shows it: the shown path of the message tree, each message
// with its siblings (the branches beside it), read from the API in one go.
import { type AnswerStreamEvent, type ChatterClient, type Schemas, sseEvents } from '@chatter/sdk'

export type Message = Schemas['Message']
export type Conversation = Schemas['Conversation']
export type Citation = NonNullable<Message['citations']>[number]

export interface Thread {
  conversation: Conversation
  /** The shown branch, first message first. */
  path: Message[]
  /** For a message id: it and its siblings (same parent), oldest first. */
  siblings: Map<string, Message[]>
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

/**
 * Every message of every branch (one list, paged through), so the path and the branch counts
 * agree; the path runs from the conversation's active leaf up to the root.
 */
export async function loadThread(client: ChatterClient, id: string): Promise<Thread> {
  const [conversation, messages] = await Promise.all([
    client.unwrap(
      client.api.GET('/v1/conversations/{id}', {
        params: { path: { id }, query: { messages: 0 } },
      }),
    ),
    collect(
      client.paginate('/v1/conversations/{id}/messages', {
        path: { id },
        query: { limit: 100, order: 'asc' },
      }),
    ),
  ])
  const byId = new Map(messages.map((m) => [m.id, m]))
  const path: Message[] = []
  for (let at = conversation.activeLeafId; at; at = byId.get(at)?.parentId ?? null) {
    const message = byId.get(at)
    if (!message) break
    path.unshift(message)
  }
  const byParent = new Map<string | null, Message[]>()
  for (const message of messages) {
    const group = byParent.get(message.parentId) ?? []
    group.push(message)
    byParent.set(message.parentId, group)
  }
  const siblings = new Map<string, Message[]>()
  for (const message of messages) siblings.set(message.id, byParent.get(message.parentId) ?? [])
  return { conversation, path, siblings }
}

/**
 * Whether the answer just streamed is still saved as being written: a stopped (or cut) stream
 * ends before the server has saved what the answer got to. The conversation shows the answer
 * from its start, so one not on the path was left behind (a branch switched elsewhere).
 */
export function stillStreaming(thread: Thread, answerId?: string): boolean {
  return thread.path.some((m) => m.id === answerId && m.status === 'streaming')
}

/** The answer being written at the end of the shown path (opened mid-answer), if any. */
export function streamingTail(thread: Thread | undefined): Message | undefined {
  const last = thread?.path.at(-1)
  return last?.role === 'assistant' && last.status === 'streaming' ? last : undefined
}

/** The events of answering a message again (a new sibling of an answer), as `streamMessage`'s. */
export async function* regenerateStream(
  client: ChatterClient,
  conversationId: string,
  messageId: string,
  signal: AbortSignal,
): AsyncGenerator<AnswerStreamEvent> {
  const call = await client.api.POST('/v1/conversations/{id}/messages/{messageId}/regenerate', {
    params: {
      path: { id: conversationId, messageId },
      header: { accept: 'text/event-stream' },
    },
    parseAs: 'stream',
    signal,
  })
  if (!call.response.ok || !call.response.body) await client.unwrap(Promise.resolve(call))
  const body = call.response.body
  if (body) yield* sseEvents(body)
}

/**
 * The events of an answer being written elsewhere (another tab, before a reload): its text so
 * far replayed from the start, then what follows as it comes, ending with `message.end`.
 */
export async function* resumeStream(
  client: ChatterClient,
  conversationId: string,
  messageId: string,
  signal: AbortSignal,
): AsyncGenerator<AnswerStreamEvent> {
  const call = await client.api.GET('/v1/conversations/{id}/messages/{messageId}/stream', {
    params: { path: { id: conversationId, messageId }, query: { after: 0 } },
    headers: { accept: 'text/event-stream' },
    parseAs: 'stream',
    signal,
  })
  if (!call.response.ok || !call.response.body) await client.unwrap(Promise.resolve(call))
  const body = call.response.body
  if (body) yield* sseEvents(body)
}

export interface Passage {
  id: string
  documentId: string
  filename: string
  page?: number
  text: string
}

/**
 * The passage a citation points at, or, when that route answers 404 (the passage is gone, or
 * the server predates the route), the document's first pages.
 */
export async function loadSource(
  client: ChatterClient,
  citation: Citation,
): Promise<
  | { kind: 'passage'; passage: Passage }
  | { kind: 'preview'; filename: string; pages: { page: number; text: string }[] }
> {
  // Typed loosely: the passage route is newer than some servers (and schemas) this runs against.
  const get = client.api.GET as unknown as (
    path: string,
    init: object,
  ) => Promise<{ data?: Passage; error?: unknown; response: Response }>
  const found = await get('/v1/documents/{id}/passages/{passageId}', {
    params: { path: { id: citation.documentId, passageId: citation.passageId } },
  })
  if (found.response.ok && found.data) return { kind: 'passage', passage: found.data }
  if (found.response.status !== 404) await client.unwrap(Promise.resolve(found))
  const [document, preview] = await Promise.all([
    client.unwrap(
      client.api.GET('/v1/documents/{id}', { params: { path: { id: citation.documentId } } }),
    ),
    client.unwrap(
      client.api.GET('/v1/documents/{id}/preview', {
        params: { path: { id: citation.documentId }, query: { pages: 2 } },
      }),
    ),
  ])
  return { kind: 'preview', filename: document.filename, pages: preview.pages }
}

const filenames = new Map<string, Promise<string | undefined>>()

/** A cited document's filename, asked once per document (undefined when it is gone). */
export function documentFilename(client: ChatterClient, id: string): Promise<string | undefined> {
  let found = filenames.get(id)
  if (!found) {
    found = client
      .unwrap(client.api.GET('/v1/documents/{id}', { params: { path: { id } } }))
      .then((document) => document.filename)
      .catch(() => undefined)
    filenames.set(id, found)
  }
  return found
}
