import type { Page, PageRequest } from '../pagination'

/** A rolling summary of the turns that no longer fit the model's context window. */
export interface ConversationMemory {
  summary: string
  /** The newest message the summary covers (older turns are not sent again). */
  throughMessageId: string
  tokens: number
}

export interface Conversation {
  id: string
  workspaceId: string
  /** Who started it. */
  userId: string
  title: string
  profileId?: string
  agentId?: string
  /**
   * A prompt template of the workspace, rendered as the system prompt (over the profile's, under
   * an agent's), with `systemPromptVariables` over its defaults.
   */
  systemPromptId?: string
  systemPromptVariables?: Record<string, string | number | boolean>
  archived: boolean
  /** The tip of the branch the conversation shows and continues (undefined while empty). */
  activeLeafId?: string
  memory?: ConversationMemory
  /** Where a fork came from. */
  forkedFrom?: { conversationId: string; messageId: string }
  messageCount: number
  lastActivityAt: string
  createdAt: string
  updatedAt: string
}

export interface ConversationFilter {
  /** Only this user's conversations. */
  userId?: string
  /** Default false: archived ones are listed only when asked for. */
  archived?: boolean
  /** Case-insensitive substring of the title. */
  titleContains?: string
}

export type ConversationChanges = Partial<
  Pick<
    Conversation,
    | 'title'
    | 'profileId'
    | 'systemPromptId'
    | 'systemPromptVariables'
    | 'archived'
    | 'activeLeafId'
    | 'memory'
  >
>

/** Conversations of a workspace, by last activity (newest first). */
export interface ConversationRepository {
  /** `createdAt` is now unless given (an imported conversation keeps its time). */
  create(
    conversation: Omit<Conversation, 'createdAt' | 'updatedAt'> & { createdAt?: string },
  ): Promise<Conversation>
  get(workspaceId: string, id: string): Promise<Conversation | undefined>
  list(
    workspaceId: string,
    filter: ConversationFilter,
    page: PageRequest,
  ): Promise<Page<Conversation>>
  /** Throws `resource.notFound` for an unknown id. */
  update(workspaceId: string, id: string, changes: ConversationChanges): Promise<Conversation>
  /** Records activity: moves it to the top of the list and adds to its message count. */
  touch(workspaceId: string, id: string, at: Date, addedMessages: number): Promise<void>
  /** Deletes the conversation with all its messages and saved stream deltas. */
  delete(workspaceId: string, id: string): Promise<{ conversationId: string; messages: number }>
}
