import {
  type ImportedMessage,
  isoTime,
  isRecord,
  optional,
  type ParsedImport,
  titleOf,
} from './imported-conversation'

/**
 * Claude's `conversations.json`: an array of `{ uuid, name, created_at, updated_at,
 * chat_messages: [{ uuid, sender: 'human' | 'assistant', text, content?, created_at }] }`.
 * Claude keeps one line of messages, so each follows the one before it; the text comes from
 * `text`, or from the text blocks of `content` when `text` is empty.
 */
export function parseClaudeExport(data: unknown): ParsedImport {
  const parsed: ParsedImport = { conversations: [], skipped: [] }
  if (!Array.isArray(data)) {
    parsed.skipped.push({ title: '(file)', reason: 'Expected an array of conversations.' })
    return parsed
  }
  for (const [index, item] of data.entries()) {
    const title = titleOf(isRecord(item) ? item.name : undefined, index)
    if (!isRecord(item) || !Array.isArray(item.chat_messages)) {
      parsed.skipped.push({ title, reason: 'No chat_messages.' })
      continue
    }
    const messages: ImportedMessage[] = []
    for (const [position, raw] of item.chat_messages.entries()) {
      if (!isRecord(raw)) continue
      const role = raw.sender === 'human' ? 'user' : raw.sender === 'assistant' ? 'assistant' : ''
      const content = textOf(raw)
      if (!role || content.trim() === '') continue
      const key = typeof raw.uuid === 'string' ? raw.uuid : `${index}:${position}`
      messages.push({
        key,
        parentKey: messages.at(-1)?.key ?? null,
        role,
        content,
        ...optional('createdAt', isoTime(raw.created_at)),
      })
    }
    if (messages.length === 0) {
      parsed.skipped.push({ title, reason: 'No user or assistant messages.' })
      continue
    }
    parsed.conversations.push({
      title,
      ...optional('createdAt', isoTime(item.created_at)),
      ...optional('updatedAt', isoTime(item.updated_at)),
      messages,
      ...optional('activeLeafKey', messages.at(-1)?.key),
    })
  }
  return parsed
}

function textOf(message: Record<string, unknown>): string {
  if (typeof message.text === 'string' && message.text.trim() !== '') return message.text
  if (!Array.isArray(message.content)) return ''
  return message.content
    .filter((block) => isRecord(block) && block.type === 'text' && typeof block.text === 'string')
    .map((block) => (block as { text: string }).text)
    .join('\n')
}
