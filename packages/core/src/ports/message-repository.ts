import type { Page, PageRequest } from '../pagination'
import type { StopReason, TokenUsage } from './chat-model'
import type { ToolSource } from './tools'

export type MessageStatus = 'streaming' | 'complete' | 'interrupted' | 'failed'

export interface MessageCitation {
  passageId: string
  documentId: string
  page?: number
  score?: number
}

/** What an answer cost and how fast it came. */
export interface MessageUsage extends TokenUsage {
  latencyMs: number
  timeToFirstTokenMs?: number
  /** From the configurable price table; undefined for a model without a price. */
  costUsd?: number
}

/** A tool an answer called, with what it returned (as the model read it). */
export interface MessageToolCall {
  /** The model's id for the call (pairs `tool.call` and `tool.result` events). */
  id: string
  /** The model-facing tool name. */
  name: string
  /** The arguments the model gave (any JSON). */
  arguments: unknown
  /** The result text, cut to `toolResultLimit` characters. */
  content: string
  isError: boolean
  durationMs: number
  /** Absent for a name the turn did not offer (the model asked for a tool that does not exist). */
  source?: ToolSource
}

export interface MessageFeedback {
  rating: 'up' | 'down'
  comment?: string
  userId: string
  at: string
}

/**
 * One turn. Messages form a tree by `parentId` (null for the first): editing or regenerating
 * adds a sibling, which is a branch.
 */
export interface Message {
  /** Sortable by creation time. */
  id: string
  conversationId: string
  workspaceId: string
  parentId: string | null
  role: 'user' | 'assistant'
  /** Any length: the repository moves large contents out of the table transparently. */
  content: string
  status: MessageStatus
  /** The user who wrote it, or for an answer, who asked. */
  userId: string
  model?: { provider: string; modelId: string; fallbackFrom?: string }
  usage?: MessageUsage
  stopReason?: StopReason
  citations?: MessageCitation[]
  /** An answer's tool calls, in the order they ran (absent when it called none). */
  toolCalls?: MessageToolCall[]
  feedback?: MessageFeedback
  /** Why an answer failed or was interrupted (no secrets). */
  error?: string
  /** The A/B test variant that shaped an answer, so its metrics are attributed. */
  experiment?: { id: string; variant: string }
  createdAt: string
  updatedAt: string
}

export type MessageChanges = Partial<
  Pick<
    Message,
    | 'content'
    | 'status'
    | 'model'
    | 'usage'
    | 'stopReason'
    | 'citations'
    | 'toolCalls'
    | 'feedback'
    | 'error'
  >
>

/** A piece of a streamed answer, kept for a while so a dropped stream can resume. */
export interface StreamDelta {
  messageId: string
  /** 1, 2, 3... in the order the text was produced; the SSE event id is derived from it. */
  seq: number
  /** The text of a `delta` event, or the JSON of another event's data (see `event`). */
  text: string
  /** Absent for answer text; the event type otherwise (`tool.call`, `tool.result`), replayed too. */
  event?: 'tool.call' | 'tool.result'
}

export interface MessageRepository {
  /** `createdAt` is now unless given (an imported message keeps its time). */
  create(
    message: Omit<Message, 'createdAt' | 'updatedAt'> & { createdAt?: string },
  ): Promise<Message>
  get(workspaceId: string, conversationId: string, id: string): Promise<Message | undefined>
  /** Throws `resource.notFound` for an unknown id. */
  update(
    workspaceId: string,
    conversationId: string,
    id: string,
    changes: MessageChanges,
  ): Promise<Message>
  /** Every message of the conversation in creation order (all branches); paginated. */
  list(
    workspaceId: string,
    conversationId: string,
    page: PageRequest,
    order: 'asc' | 'desc',
  ): Promise<Page<Message>>
  /** The direct children of a message (its branches), oldest first; `null` for the roots. */
  children(workspaceId: string, conversationId: string, parentId: string | null): Promise<Message[]>
  /** Saves a delta of a streaming answer; they expire after `ttlSeconds`. Idempotent by seq. */
  appendDelta(workspaceId: string, delta: StreamDelta, ttlSeconds: number): Promise<void>
  /**
   * Saves a batch of deltas in as few writes as the store allows, all or nothing per write, so a
   * reader never sees a later delta of the batch without the earlier ones. Idempotent by seq.
   */
  appendDeltas(workspaceId: string, deltas: StreamDelta[], ttlSeconds: number): Promise<void>
  /** The saved deltas after `afterSeq`, in order. */
  deltasAfter(workspaceId: string, messageId: string, afterSeq: number): Promise<StreamDelta[]>
}
