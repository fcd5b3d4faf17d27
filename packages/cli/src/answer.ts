import type { ChatterClient, Schemas } from '@chatter/sdk'
import { CliError } from './errors'
import { snippet } from './output'

type Message = Schemas['Message']

export interface AnswerOptions {
  signal?: AbortSignal
  /** Per message: search the documents (true), not (false), or as the profile says (absent). */
  retrieval?: boolean
  /** Offer the workspace's tools (built-in and enabled MCP ones) to the model. */
  tools?: boolean
  /** Where the answer's text goes as it streams; nothing is written when absent (--json). */
  write?: (text: string) => void
}

/** The result of one answer: the final message, or undefined when it was stopped. */
export interface Answer {
  message?: Message
  stopped: boolean
}

/**
 * Posts `content` and streams the answer: deltas as they arrive, a line per tool call and
 * result, then the sources it cited (by file name). Stopping (`signal`) keeps what came so far.
 */
export async function streamAnswer(
  client: ChatterClient,
  conversationId: string,
  content: string,
  { signal, write, retrieval, tools }: AnswerOptions,
): Promise<Answer> {
  const body = {
    content,
    ...(retrieval === undefined ? {} : { retrieval: { enabled: retrieval } }),
    ...(tools ? { tools: { enabled: true } } : {}),
  }
  const citations: { documentId: string; page?: number }[] = []
  let message: Message | undefined
  try {
    for await (const event of client.streamMessage(
      conversationId,
      body,
      signal ? { signal } : {},
    )) {
      if (event.event === 'delta') write?.(event.data.text)
      else if (event.event === 'tool.call')
        write?.(`\n[tool] ${event.data.name} ${JSON.stringify(event.data.arguments ?? {})}\n`)
      else if (event.event === 'tool.result')
        write?.(
          `[tool] ${event.data.name}${event.data.isError ? ' failed' : ''}: ${snippet(event.data.content, 100)} (${event.data.durationMs} ms)\n`,
        )
      else if (event.event === 'citation') citations.push(event.data)
      else if (event.event === 'error')
        throw new CliError(`The answer failed: ${event.data.message} (${event.data.code})`)
      else if (event.event === 'message.end') message = event.data.message
    }
  } catch (error) {
    if (!signal?.aborted) throw error
    write?.('\n(stopped)\n')
    return { stopped: true }
  }
  if (write) {
    write('\n')
    const sources = await sourceLines(client, citations)
    if (sources.length > 0) write(`Sources:\n${sources.join('\n')}\n`)
  }
  return { stopped: false, ...(message ? { message } : {}) }
}

/** One line per cited document and page, by file name (the id when it cannot be read). */
async function sourceLines(
  client: ChatterClient,
  citations: { documentId: string; page?: number }[],
) {
  const names = new Map<string, string>()
  for (const { documentId } of citations)
    if (!names.has(documentId)) {
      const { data } = await client.api
        .GET('/v1/documents/{id}', { params: { path: { id: documentId } } })
        .catch(() => ({ data: undefined }))
      names.set(documentId, data?.filename ?? documentId)
    }
  const lines = citations.map(
    ({ documentId, page }) => `  - ${names.get(documentId)}${page ? `, page ${page}` : ''}`,
  )
  return [...new Set(lines)]
}
