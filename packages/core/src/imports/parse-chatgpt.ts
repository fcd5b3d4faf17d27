import {
  type ImportedConversation,
  type ImportedMessage,
  isoTime,
  isRecord,
  optional,
  type ParsedImport,
  titleOf,
} from './imported-conversation'

interface Node {
  id: string
  parent: string | null
  children: string[]
  message: Record<string, unknown> | undefined
}

/**
 * ChatGPT's `conversations.json`: an array of `{ title, create_time, update_time, current_node,
 * mapping }`, where `mapping` is the message tree by node id (`{ message, parent, children }`).
 * User and assistant messages with text are kept with their branches; system, tool and empty
 * nodes are left out and their children attached to the nearest kept ancestor.
 */
export function parseChatGptExport(data: unknown): ParsedImport {
  const parsed: ParsedImport = { conversations: [], skipped: [] }
  if (!Array.isArray(data)) {
    parsed.skipped.push({ title: '(file)', reason: 'Expected an array of conversations.' })
    return parsed
  }
  for (const [index, item] of data.entries()) {
    const title = titleOf(isRecord(item) ? item.title : undefined, index)
    if (!isRecord(item) || !isRecord(item.mapping)) {
      parsed.skipped.push({ title, reason: 'No message tree (mapping).' })
      continue
    }
    const conversation = conversationOf(item, item.mapping, title)
    if (conversation.messages.length === 0)
      parsed.skipped.push({ title, reason: 'No user or assistant messages.' })
    else parsed.conversations.push(conversation)
  }
  return parsed
}

function conversationOf(
  item: Record<string, unknown>,
  mapping: Record<string, unknown>,
  title: string,
): ImportedConversation {
  const nodes = new Map<string, Node>()
  for (const [id, value] of Object.entries(mapping)) {
    if (!isRecord(value)) continue
    nodes.set(id, {
      id,
      parent: typeof value.parent === 'string' ? value.parent : null,
      children: Array.isArray(value.children)
        ? value.children.filter((c): c is string => typeof c === 'string')
        : [],
      message: isRecord(value.message) ? value.message : undefined,
    })
  }
  const messages: ImportedMessage[] = []
  const kept = new Set<string>()
  // Depth first from the roots, so parents come before children; `keptAncestor` is where a
  // node's kept children hang.
  const visit = (id: string, keptAncestor: string | null, seen: Set<string>) => {
    const node = nodes.get(id)
    if (!node || seen.has(id)) return
    seen.add(id)
    const message = node.message && messageOf(node.message, id, keptAncestor)
    if (message) {
      messages.push(message)
      kept.add(id)
    }
    for (const child of node.children) visit(child, message ? id : keptAncestor, seen)
  }
  const seen = new Set<string>()
  for (const node of nodes.values())
    if (node.parent === null || !nodes.has(node.parent)) visit(node.id, null, seen)
  const activeLeafKey = keptAncestorOf(nodes, kept, item.current_node)
  return {
    title,
    ...optional('createdAt', isoTime(item.create_time)),
    ...optional('updatedAt', isoTime(item.update_time)),
    messages,
    ...optional('activeLeafKey', activeLeafKey),
  }
}

function messageOf(
  message: Record<string, unknown>,
  key: string,
  parentKey: string | null,
): ImportedMessage | undefined {
  const role = isRecord(message.author) ? message.author.role : undefined
  if (role !== 'user' && role !== 'assistant') return undefined
  const content = isRecord(message.content) ? message.content : {}
  const parts = Array.isArray(content.parts) ? content.parts : []
  const text = (parts.length > 0 ? parts : typeof content.text === 'string' ? [content.text] : [])
    .filter((part): part is string => typeof part === 'string')
    .join('\n')
  if (text.trim() === '') return undefined
  return {
    key,
    parentKey,
    role,
    content: text,
    ...optional('createdAt', isoTime(message.create_time)),
  }
}

/** The current node, or its nearest kept ancestor when it is a hidden one. */
function keptAncestorOf(nodes: Map<string, Node>, kept: Set<string>, id: unknown) {
  let at = typeof id === 'string' ? nodes.get(id) : undefined
  for (let hops = 0; at && hops <= nodes.size; hops++) {
    if (kept.has(at.id)) return at.id
    at = at.parent ? nodes.get(at.parent) : undefined
  }
  return undefined
}
