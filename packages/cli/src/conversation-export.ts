import type { ChatterClient, Schemas } from '@chatter/sdk'

type Conversation = Schemas['Conversation']
type Message = Schemas['Message']

/** A conversation with every message of the branch it shows, oldest first. */
export interface ConversationExport {
  conversation: Conversation
  messages: Message[]
}

/**
 * Reads a conversation and its whole active branch. The API answers the newest page first
 * (oldest first within it), so older pages are put in front as they come.
 */
export async function readConversation(
  client: ChatterClient,
  id: string,
): Promise<ConversationExport> {
  let messages: Message[] = []
  let conversation: Conversation | undefined
  let cursor: string | undefined
  do {
    const page = await client.unwrap(
      client.api.GET('/v1/conversations/{id}', {
        params: {
          path: { id },
          query: { messages: 100, ...(cursor ? { messagesCursor: cursor } : {}) },
        },
      }),
    )
    const { messages: pageMessages, nextMessagesCursor, ...rest } = page
    conversation ??= rest
    messages = [...pageMessages, ...messages]
    cursor = nextMessagesCursor ?? undefined
  } while (cursor)
  return { conversation: conversation as Conversation, messages }
}

/**
 * The conversation as Markdown: a heading per turn, tool calls and cited sources under answers.
 * @example await writeFile('chat.md', toMarkdown(await readConversation(client, id)))
 */
export function toMarkdown({ conversation, messages }: ConversationExport): string {
  const lines = [
    `# ${conversation.title}`,
    '',
    `Conversation \`${conversation.id}\`, started ${conversation.createdAt}, ${messages.length} messages.`,
  ]
  for (const message of messages) {
    const who =
      message.role === 'user'
        ? 'User'
        : `Assistant${message.model ? ` (${message.model.modelId})` : ''}`
    lines.push('', `## ${who}, ${message.createdAt}`, '', message.content.trim() || '_(no text)_')
    for (const call of message.toolCalls ?? [])
      lines.push(
        '',
        `> Tool \`${call.name}\`${call.isError ? ' (failed)' : ''}: ${call.content.replace(/\s+/g, ' ').slice(0, 300)}`,
      )
    const sources = [
      ...new Set(
        (message.citations ?? []).map((c) => `${c.documentId}${c.page ? ` p. ${c.page}` : ''}`),
      ),
    ]
    if (sources.length > 0) lines.push('', `Sources: ${sources.join(', ')}`)
    if (message.status !== 'complete')
      lines.push('', `_(${message.status}${message.error ? `: ${message.error}` : ''})_`)
  }
  return `${lines.join('\n')}\n`
}
