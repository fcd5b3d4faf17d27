/**
 * What happened in a workspace, as the platform's own subscribers (usage counters, webhooks,
 * experiment metrics) learn it. Each event names one thing that changed; `data` carries what a
 * subscriber needs without reading it back.
 */
export interface PlatformEventData {
  'conversation.created': {
    conversationId: string
    userId: string
    profileId?: string
    agentId?: string
  }
  /** An assistant answer finished (`status` complete, or failed/stopped). */
  'message.created': {
    /** Absent for an answer of `POST /v1/chat/completions`, which keeps no conversation. */
    conversationId?: string
    /** The saved assistant message; a completion's id (`chatcmpl-...`) for /v1/chat/completions. */
    messageId: string
    /** Who asked. */
    userId: string
    status: string
    provider: string
    modelId: string
    profileId?: string
    agentId?: string
    /** The A/B test variant that shaped this answer, if any. */
    experiment?: { id: string; variant: string }
    inputTokens: number
    outputTokens: number
    /** Absent when the model's price is unknown. */
    costUsd?: number
    latencyMs: number
    timeToFirstTokenMs?: number
    /** Tool calls made while answering, by tool name. */
    toolCalls: { name: string; isError: boolean; durationMs: number }[]
  }
  'message.feedback': {
    conversationId: string
    messageId: string
    userId: string
    rating: 'up' | 'down' | null
    /** The rating this one replaces, so counts can move instead of adding up. */
    previous?: 'up' | 'down'
    experiment?: { id: string; variant: string }
  }
  'document.ready': { documentId: string; filename: string; tags: string[]; chunkCount: number }
  'document.failed': { documentId: string; filename: string; error: string }
  'workflow.succeeded': {
    executionId: string
    workflowId?: string
    templateId?: string
    workflowName: string
  }
  'workflow.failed': {
    executionId: string
    workflowId?: string
    templateId?: string
    workflowName: string
    status: 'FAILED' | 'ABORTED'
    error?: string
  }
  'member.added': { userId: string; role: string }
  'key.created': { keyId: string; name: string }
  'report.ready': { reportId: string; runId: string; format: string }
}

export type PlatformEventType = keyof PlatformEventData

export const platformEventTypes = [
  'conversation.created',
  'message.created',
  'message.feedback',
  'document.ready',
  'document.failed',
  'workflow.succeeded',
  'workflow.failed',
  'member.added',
  'key.created',
  'report.ready',
] as const satisfies readonly PlatformEventType[]

export type PlatformEvent = {
  [T in PlatformEventType]: {
    /** `evt_...`: unique, so a subscriber can deliver or count it once. */
    id: string
    type: T
    workspaceId: string
    /** ISO 8601. */
    occurredAt: string
    data: PlatformEventData[T]
  }
}[PlatformEventType]

export type PlatformEventOf<T extends PlatformEventType> = Extract<PlatformEvent, { type: T }>

/**
 * Where events go: each runtime fans them out to its subscribers (`fanOutEvents`). `publish`
 * resolves once every subscriber has taken the event (counted it, queued its deliveries).
 */
export interface PlatformEvents {
  publish(event: PlatformEvent): Promise<void>
}
