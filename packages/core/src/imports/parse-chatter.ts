import {
  type ImportedConversation,
  type ImportedMessage,
  isoTime,
  isRecord,
  optional,
  type ParsedImport,
  titleOf,
} from './imported-conversation'

/**
 * Chatter's own export: `{ conversations, messages }`, the contents of `conversations.json` and
 * `messages.json` of an export archive. Messages keep their tree (`parentId`), oldest first; a
 * message whose parent is not in the file is skipped with its descendants.
 */
export function parseChatterExport(data: unknown): ParsedImport {
  const parsed: ParsedImport = { conversations: [], skipped: [] }
  if (!isRecord(data) || !Array.isArray(data.conversations) || !Array.isArray(data.messages)) {
    parsed.skipped.push({
      title: '(file)',
      reason: 'Expected { conversations, messages } from a Chatter export.',
    })
    return parsed
  }
  const byConversation = new Map<string, Record<string, unknown>[]>()
  for (const message of data.messages) {
    if (!isRecord(message) || typeof message.conversationId !== 'string') continue
    const list = byConversation.get(message.conversationId) ?? []
    list.push(message)
    byConversation.set(message.conversationId, list)
  }
  for (const [index, item] of data.conversations.entries()) {
    const title = titleOf(isRecord(item) ? item.title : undefined, index)
    if (!isRecord(item) || typeof item.id !== 'string') {
      parsed.skipped.push({ title, reason: 'A conversation without an id.' })
      continue
    }
    const messages = treeOf(byConversation.get(item.id) ?? [])
    if (messages.length === 0) {
      parsed.skipped.push({ title, reason: 'No messages.' })
      continue
    }
    const leaf = typeof item.activeLeafId === 'string' ? item.activeLeafId : undefined
    const conversation: ImportedConversation = {
      title,
      ...optional('createdAt', isoTime(item.createdAt)),
      ...optional('updatedAt', isoTime(item.lastActivityAt)),
      messages,
      ...optional('activeLeafKey', messages.some((m) => m.key === leaf) ? leaf : undefined),
    }
    parsed.conversations.push(conversation)
  }
  return parsed
}

/** The readable messages, parents before children (ids sort by time, as Chatter makes them). */
function treeOf(raw: Record<string, unknown>[]): ImportedMessage[] {
  const sorted = [...raw].sort((a, b) => String(a.id).localeCompare(String(b.id)))
  const kept = new Set<string>()
  const messages: ImportedMessage[] = []
  for (const message of sorted) {
    const { id, parentId, role, content } = message
    if (typeof id !== 'string' || typeof content !== 'string') continue
    if (role !== 'user' && role !== 'assistant') continue
    const parentKey = typeof parentId === 'string' ? parentId : null
    if (parentKey !== null && !kept.has(parentKey)) continue
    kept.add(id)
    messages.push({
      key: id,
      parentKey,
      role,
      content,
      ...optional('createdAt', isoTime(message.createdAt)),
    })
  }
  return messages
}
