import {
  type BlobStore,
  type Conversation,
  type ConversationChanges,
  type ConversationFilter,
  type ConversationRepository,
  DomainError,
  type Page,
  type PageRequest,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteConversationTree } from './conversation-deletion'
import { toConversation } from './conversation-to-domain'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable } from './table'

const notFound = () => new DomainError('resource.notFound', 'No such conversation.')

/** The attributes a change given as undefined removes. */
const removable = [
  'profileId',
  'systemPromptId',
  'systemPromptVariables',
  'activeLeafId',
  'memory',
] as const
type Removable = (typeof removable)[number]
const isRemovable = (key: string): key is Removable =>
  (removable as readonly string[]).includes(key)

/** The changes as ElectroDB takes them: values to set, and the attributes to remove. */
function split(changes: ConversationChanges) {
  const set: Record<string, unknown> = {}
  const remove: Removable[] = []
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) set[key] = value
    else if (isRemovable(key)) remove.push(key)
  }
  if (changes.title !== undefined) set.titleLower = changes.title.toLowerCase()
  return { set: set as ConversationChanges & { titleLower?: string }, remove }
}

/**
 * Conversations in their workspace's partition, listed newest activity first on gsi1 (the
 * workspace's) or gsi2 (one member's), both sorted by `lastActivityAt#id` (see
 * entities/conversation). Deleting one takes its messages, saved deltas and S3 contents along.
 * @example const conversations = new DynamoConversationRepository(table, blobs)
 */
export class DynamoConversationRepository implements ConversationRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly blobs: Pick<BlobStore, 'delete'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(
    input: Omit<Conversation, 'createdAt' | 'updatedAt'> & { createdAt?: string },
  ): Promise<Conversation> {
    const now = this.clock().toISOString()
    try {
      const { data } = await this.table.entities.conversation
        .create({
          ...structuredClone(input),
          titleLower: input.title.toLowerCase(),
          createdAt: input.createdAt ?? now,
          updatedAt: now,
        })
        .go()
      return toConversation(data)
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'A conversation with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, id: string): Promise<Conversation | undefined> {
    const { data } = await this.table.entities.conversation
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toConversation(data) : undefined
  }

  /**
   * One Query, newest activity first: on gsi2 for one member's list, else on gsi1. Archived
   * state and the title search are filters; `queryPage` keeps reading until the page is full.
   */
  list(
    workspaceId: string,
    filter: ConversationFilter,
    page: PageRequest,
  ): Promise<Page<Conversation>> {
    const { conversation } = this.table.entities
    const conversions = createConversions(conversation).byAccessPattern
    const needle = filter.titleContains?.toLowerCase()
    const { userId } = filter
    const query =
      userId === undefined
        ? conversation.query.byActivity({ workspaceId })
        : conversation.query.byUser({ workspaceId, userId })
    const toCursor =
      userId === undefined
        ? conversions.byActivity.fromComposite.toCursor
        : conversions.byUser.fromComposite.toCursor
    return queryPage(
      page,
      (options) =>
        query
          .where(({ archived, titleLower }, { eq, contains }) =>
            [
              eq(archived, filter.archived ?? false),
              ...(needle ? [contains(titleLower, needle)] : []),
            ].join(' AND '),
          )
          .go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toConversation,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    changes: ConversationChanges,
  ): Promise<Conversation> {
    const { set, remove } = split(changes)
    try {
      const patch = this.table.entities.conversation
        .patch({ workspaceId, id })
        .set({ ...set, updatedAt: this.clock().toISOString() })
      const { data } = await (remove.length > 0 ? patch.remove(remove) : patch).go({
        response: 'all_new',
      })
      return toConversation(data)
    } catch (error) {
      if (isConditionFailure(error)) throw notFound()
      throw error
    }
  }

  async touch(workspaceId: string, id: string, at: Date, addedMessages: number): Promise<void> {
    try {
      await this.table.entities.conversation
        .patch({ workspaceId, id })
        .set({ lastActivityAt: at.toISOString() })
        .add({ messageCount: addedMessages })
        .go()
    } catch (error) {
      if (isConditionFailure(error)) throw notFound()
      throw error
    }
  }

  async delete(workspaceId: string, id: string) {
    const messages = await deleteConversationTree(this.table, this.blobs, workspaceId, id)
    return { conversationId: id, messages }
  }
}
