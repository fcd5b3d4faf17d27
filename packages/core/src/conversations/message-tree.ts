import { DomainError } from '../errors'
import { maxPageSize, type Page } from '../pagination'
import type { Conversation } from '../ports/conversation-repository'
import type { Message, MessageRepository } from '../ports/message-repository'

/*
 * Messages form a tree by `parentId`; the conversation shows one path through it, from a root
 * down to `activeLeafId`. Ids are time-sortable and a child is always made after its parent, so
 * walking up a path always goes to older ids.
 */

/** A conversation's messages by id, with each message's children oldest first. */
export interface MessageTree {
  byId: Map<string, Message>
  childrenOf(parentId: string | null): Message[]
}

/**
 * Every message of a conversation, read page by page in creation order. Branch operations need
 * the whole tree (a subtree's newest leaf, which sibling the active path runs through); this is
 * one Query per 100 messages.
 */
export async function loadTree(
  messages: Pick<MessageRepository, 'list'>,
  conversation: Pick<Conversation, 'workspaceId' | 'id'>,
): Promise<MessageTree> {
  const byId = new Map<string, Message>()
  const children = new Map<string | null, Message[]>()
  let cursor: string | undefined
  do {
    const page = await messages.list(
      conversation.workspaceId,
      conversation.id,
      { limit: maxPageSize, ...(cursor ? { cursor } : {}) },
      'asc',
    )
    for (const message of page.items) {
      byId.set(message.id, message)
      children.set(message.parentId, [...(children.get(message.parentId) ?? []), message])
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return { byId, childrenOf: (parentId) => children.get(parentId) ?? [] }
}

/** The path from a root down to `id`, root first (empty for an unknown id). */
export function pathTo(tree: MessageTree, id: string): Message[] {
  const path: Message[] = []
  for (let at = tree.byId.get(id); at; at = at.parentId ? tree.byId.get(at.parentId) : undefined)
    path.push(at)
  return path.reverse()
}

/**
 * The newest leaf under a message (the message itself when it has no replies). The newest
 * message of a subtree is always a leaf, since any reply to it would be newer still.
 */
export function newestLeafUnder(tree: MessageTree, id: string): string {
  let newest = id
  const pending = [id]
  for (let next = pending.pop(); next !== undefined; next = pending.pop())
    for (const child of tree.childrenOf(next)) {
      if (child.id > newest) newest = child.id
      pending.push(child.id)
    }
  return newest
}

const encodeCursor = (id: string) => Buffer.from(`m:${id}`).toString('base64url')

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!/^m:[\w-]{1,64}$/.test(decoded)) throw invalidMessagesCursor()
  return decoded.slice(2)
}

const invalidMessagesCursor = () =>
  new DomainError('request.invalid', 'The messages cursor is not valid for this conversation.', {
    errors: [{ path: 'messagesCursor', message: 'Use a nextMessagesCursor of this conversation.' }],
  })

/**
 * A page of the active path, newest page first: up to `limit` messages walking up from the
 * active leaf (or from where the previous page stopped), answered oldest first so a client can
 * render them as they are. The walk reads one message at a time, so its cost is bounded by the
 * page size, not by how long or branched the conversation is.
 */
export async function activePathPage(
  messages: Pick<MessageRepository, 'get'>,
  conversation: Pick<Conversation, 'workspaceId' | 'id' | 'activeLeafId'>,
  page: { limit: number; cursor?: string },
): Promise<Page<Message>> {
  const start = page.cursor === undefined ? conversation.activeLeafId : decodeCursor(page.cursor)
  const read = (id: string) => messages.get(conversation.workspaceId, conversation.id, id)
  const items: Message[] = []
  let next: string | null = start ?? null
  while (next !== null && items.length < page.limit) {
    const message = await read(next)
    // A cursor naming no message of this conversation was forged or taken from another one.
    if (!message && items.length === 0 && page.cursor !== undefined) throw invalidMessagesCursor()
    if (!message) {
      next = null
      break
    }
    items.push(message)
    next = message.parentId
  }
  return { items: items.reverse(), nextCursor: next === null ? null : encodeCursor(next) }
}
