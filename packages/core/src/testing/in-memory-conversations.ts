import type { PageRequest } from '../pagination'
import type {
  Conversation,
  ConversationChanges,
  ConversationFilter,
  ConversationRepository,
} from '../ports/conversation-repository'
import type {
  Message,
  MessageChanges,
  MessageRepository,
  StreamDelta,
} from '../ports/message-repository'
import { notFound, paginate } from './paginate'

/** In-memory conversations, newest activity first. */
export class InMemoryConversations implements ConversationRepository {
  readonly byId = new Map<string, Conversation>()

  constructor(private readonly messages?: InMemoryMessages) {}

  async create(input: Omit<Conversation, 'createdAt' | 'updatedAt'> & { createdAt?: string }) {
    const now = new Date().toISOString()
    const conversation = {
      ...structuredClone(input),
      createdAt: input.createdAt ?? now,
      updatedAt: now,
    }
    this.byId.set(key(input.workspaceId, input.id), conversation)
    return structuredClone(conversation)
  }

  async get(workspaceId: string, id: string) {
    const conversation = this.byId.get(key(workspaceId, id))
    return conversation && structuredClone(conversation)
  }

  async list(workspaceId: string, filter: ConversationFilter, page: PageRequest) {
    const needle = filter.titleContains?.toLowerCase()
    const matching = [...this.byId.values()]
      .filter((c) => c.workspaceId === workspaceId)
      .filter((c) => filter.userId === undefined || c.userId === filter.userId)
      .filter((c) => c.archived === (filter.archived ?? false))
      .filter((c) => !needle || c.title.toLowerCase().includes(needle))
      .sort((a, b) => (a.lastActivityAt < b.lastActivityAt ? 1 : -1))
    return paginate(
      matching.map((c) => structuredClone(c)),
      page,
    )
  }

  async update(workspaceId: string, id: string, changes: ConversationChanges) {
    const conversation = this.byId.get(key(workspaceId, id))
    if (!conversation) throw notFound('No such conversation.')
    Object.assign(conversation, structuredClone(changes), { updatedAt: new Date().toISOString() })
    // A change given as undefined removes the field, as the DynamoDB store does.
    for (const [field, value] of Object.entries(changes))
      if (value === undefined) delete conversation[field as keyof ConversationChanges]
    return structuredClone(conversation)
  }

  async touch(workspaceId: string, id: string, at: Date, addedMessages: number) {
    const conversation = this.byId.get(key(workspaceId, id))
    if (!conversation) throw notFound('No such conversation.')
    conversation.lastActivityAt = at.toISOString()
    conversation.messageCount += addedMessages
  }

  async delete(workspaceId: string, id: string) {
    this.byId.delete(key(workspaceId, id))
    const messages = this.messages?.removeConversation(workspaceId, id) ?? 0
    return { conversationId: id, messages }
  }
}

/** In-memory messages and saved stream deltas. */
export class InMemoryMessages implements MessageRepository {
  readonly byId = new Map<string, Message>()
  readonly deltas = new Map<string, StreamDelta[]>()

  async create(input: Omit<Message, 'createdAt' | 'updatedAt'> & { createdAt?: string }) {
    const now = new Date().toISOString()
    const message = { ...input, createdAt: input.createdAt ?? now, updatedAt: now }
    this.byId.set(key(input.workspaceId, input.id), message)
    return structuredClone(message)
  }

  async get(workspaceId: string, conversationId: string, id: string) {
    const message = this.byId.get(key(workspaceId, id))
    return message?.conversationId === conversationId ? structuredClone(message) : undefined
  }

  async update(workspaceId: string, conversationId: string, id: string, changes: MessageChanges) {
    const message = this.byId.get(key(workspaceId, id))
    if (!message || message.conversationId !== conversationId) throw notFound('No such message.')
    Object.assign(message, changes, { updatedAt: new Date().toISOString() })
    return structuredClone(message)
  }

  async list(
    workspaceId: string,
    conversationId: string,
    page: PageRequest,
    order: 'asc' | 'desc',
  ) {
    const ordered = this.of(workspaceId, conversationId)
    return paginate(order === 'asc' ? ordered : ordered.reverse(), page)
  }

  async children(workspaceId: string, conversationId: string, parentId: string | null) {
    return this.of(workspaceId, conversationId).filter((m) => m.parentId === parentId)
  }

  async appendDelta(workspaceId: string, delta: StreamDelta) {
    const list = this.deltas.get(key(workspaceId, delta.messageId)) ?? []
    if (!list.some((saved) => saved.seq === delta.seq)) list.push({ ...delta })
    this.deltas.set(key(workspaceId, delta.messageId), list)
  }

  async appendDeltas(workspaceId: string, deltas: StreamDelta[]) {
    for (const delta of deltas) await this.appendDelta(workspaceId, delta)
  }

  async deltasAfter(workspaceId: string, messageId: string, afterSeq: number) {
    return (this.deltas.get(key(workspaceId, messageId)) ?? [])
      .filter((delta) => delta.seq > afterSeq)
      .sort((a, b) => a.seq - b.seq)
  }

  removeConversation(workspaceId: string, conversationId: string): number {
    const gone = this.of(workspaceId, conversationId)
    for (const message of gone) {
      this.byId.delete(key(workspaceId, message.id))
      this.deltas.delete(key(workspaceId, message.id))
    }
    return gone.length
  }

  private of(workspaceId: string, conversationId: string): Message[] {
    return [...this.byId.values()]
      .filter((m) => m.workspaceId === workspaceId && m.conversationId === conversationId)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((m) => structuredClone(m))
  }
}

const key = (workspaceId: string, id: string) => `${workspaceId}/${id}`
