import {
  type BlobStore,
  DomainError,
  type Message,
  type MessageChanges,
  type MessageRepository,
  type Page,
  type PageRequest,
  type StreamDelta,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { toMessage } from './conversation-to-domain'
import { maxTransactionItems } from './document-tags'
import { rootParent } from './entities/message'
import { epochSeconds } from './entities/shared'
import { isConditionFailure } from './errors'
import { messageBlobKey, placeContent, readContent } from './message-content'
import { toStoredToolCalls, withToolCalls } from './message-tool-calls'
import { queryPage } from './pagination'
import type { ChatterTable, MessageItem } from './table'
import { writeTransaction } from './transactions'

const notFound = () => new DomainError('resource.notFound', 'No such message.')

// Attributes a change may clear by giving `undefined`.
const removable = [
  'model',
  'usage',
  'stopReason',
  'citations',
  'toolCalls',
  'feedback',
  'error',
] as const
type Removable = (typeof removable)[number] | 'content' | 'contentKey'

/**
 * Messages in their conversation's partition by (time-sortable) id, so either order is one
 * Query; their branches on gsi1 by parent. A content over 64 KB is written to S3 and the item
 * keeps only its key (see ./message-content); every read puts it back, so callers never see
 * the difference. Stream deltas are items of their own, by message and sequence, with a TTL.
 * @example const messages = new DynamoMessageRepository(table, new S3BlobStore(s3, bucket))
 */
export class DynamoMessageRepository implements MessageRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly blobs: Pick<BlobStore, 'get' | 'put' | 'delete'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(
    input: Omit<Message, 'createdAt' | 'updatedAt'> & { createdAt?: string },
  ): Promise<Message> {
    const now = this.clock().toISOString()
    const { content, parentId, toolCalls, createdAt, ...rest } = structuredClone(input)
    const key = messageBlobKey(input.workspaceId, input.conversationId, input.id)
    const placed = await placeContent(this.blobs, key, content)
    try {
      const { data } = await this.table.entities.message
        .create({
          ...rest,
          ...(toolCalls ? { toolCalls: toStoredToolCalls(toolCalls) } : {}),
          ...placed,
          parentId: parentId ?? rootParent,
          createdAt: createdAt ?? now,
          updatedAt: now,
        })
        .go()
      return withToolCalls(toMessage(data, content), data)
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'A message with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, conversationId: string, id: string) {
    const { data } = await this.table.entities.message
      .get({ workspaceId, conversationId, id })
      .go({ consistent: true })
    return data ? this.hydrate(data) : undefined
  }

  /**
   * Reads the old item back (`all_old`) to learn whether its content was in S3, and answers the
   * old item with the changes applied: the same as a second read, without one.
   */
  async update(
    workspaceId: string,
    conversationId: string,
    id: string,
    changes: MessageChanges,
  ): Promise<Message> {
    const { content, ...rest } = structuredClone(changes)
    const set: Record<string, unknown> = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    )
    if (rest.toolCalls) set.toolCalls = toStoredToolCalls(rest.toolCalls)
    const remove: Removable[] = removable.filter((name) => name in rest && rest[name] === undefined)
    const key = messageBlobKey(workspaceId, conversationId, id)
    if (content !== undefined) {
      const placed = await placeContent(this.blobs, key, content)
      Object.assign(set, placed)
      remove.push('content' in placed ? 'contentKey' : 'content')
    }
    set.updatedAt = this.clock().toISOString()
    let old: MessageItem
    try {
      const patch = this.table.entities.message.patch({ workspaceId, conversationId, id }).set(set)
      const found = await (remove.length > 0 ? patch.remove(remove) : patch).go({
        response: 'all_old',
      })
      old = found.data as MessageItem
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      if (content !== undefined && 'contentKey' in set) await this.blobs.delete(key)
      throw notFound()
    }
    // Content that shrank back under the limit leaves its S3 object behind: remove it.
    if (old.contentKey && set.content !== undefined) await this.blobs.delete(old.contentKey)
    const merged = { ...old, ...set } as MessageItem & Record<string, unknown>
    for (const name of remove) delete merged[name]
    return content === undefined
      ? this.hydrate(merged)
      : withToolCalls(toMessage(merged, content), merged)
  }

  async list(
    workspaceId: string,
    conversationId: string,
    page: PageRequest,
    order: 'asc' | 'desc',
  ): Promise<Page<Message>> {
    const { message } = this.table.entities
    const found = await queryPage(
      page,
      (options) =>
        message.query.byConversation({ workspaceId, conversationId }).go({ ...options, order }),
      (item) =>
        createConversions(message).byAccessPattern.byConversation.fromComposite.toCursor(item),
      (item) => item,
    )
    return { ...found, items: await Promise.all(found.items.map((item) => this.hydrate(item))) }
  }

  async children(workspaceId: string, conversationId: string, parentId: string | null) {
    const { data } = await this.table.entities.message.query
      .byParent({ workspaceId, conversationId, parentId: parentId ?? rootParent })
      .go({ pages: 'all' })
    return Promise.all(data.map((item) => this.hydrate(item)))
  }

  /** A conditional put: the first delta saved under a sequence number stays. */
  async appendDelta(workspaceId: string, delta: StreamDelta, ttlSeconds: number): Promise<void> {
    try {
      await this.table.entities.streamDelta
        .create(this.deltaItem(workspaceId, delta, ttlSeconds))
        .go()
    } catch (error) {
      if (!isConditionFailure(error)) throw error
    }
  }

  /**
   * One transaction of conditional puts per 100 deltas (DynamoDB's limit): one request instead
   * of one per delta, and a batch commits whole or not at all. (A Query is only read-committed
   * against a transaction, so DynamoDB does not promise a reader never glimpses a batch half
   * applied; DynamoDB Local never shows one.) A seq already saved (a retry) cancels the transaction,
   * which does not throw (`writeTransaction` answers the codes): the batch is then saved one
   * delta at a time, in order, each first one staying, as `appendDelta` does.
   */
  async appendDeltas(workspaceId: string, deltas: StreamDelta[], ttlSeconds: number) {
    // One item twice in a transaction is a ValidationException: keep each seq's first delta.
    const unique = deltas.filter(
      (delta, index) =>
        deltas.findIndex((d) => d.messageId === delta.messageId && d.seq === delta.seq) === index,
    )
    for (let start = 0; start < unique.length; start += maxTransactionItems) {
      const batch = unique.slice(start, start + maxTransactionItems)
      // A transaction costs twice the writes of its puts: a batch of one is put alone.
      const committed = batch.length > 1 && !(await this.putAll(workspaceId, batch, ttlSeconds))
      if (!committed)
        for (const delta of batch) await this.appendDelta(workspaceId, delta, ttlSeconds)
    }
  }

  /** The codes of a cancelled transaction (a condition failed); `undefined` when committed. */
  private putAll(workspaceId: string, deltas: StreamDelta[], ttlSeconds: number) {
    return writeTransaction(() =>
      this.table.transaction
        .write(({ streamDelta }) =>
          deltas.map((delta) =>
            streamDelta.create(this.deltaItem(workspaceId, delta, ttlSeconds)).commit(),
          ),
        )
        .go(),
    )
  }

  /** Consistent reads (a resuming client polls for what was just saved); expired ones skipped. */
  async deltasAfter(workspaceId: string, messageId: string, afterSeq: number) {
    const now = epochSeconds(this.clock().toISOString())
    const { data } = await this.table.entities.streamDelta.query
      .byMessage({ workspaceId, messageId })
      .gt({ seq: afterSeq })
      .where(({ expiresAt }, { gt }) => gt(expiresAt, now))
      .go({ pages: 'all', consistent: true })
    return data.map(({ messageId: id, seq, text, event }) => ({
      messageId: id,
      seq,
      text,
      ...(event ? { event } : {}),
    }))
  }

  private deltaItem(workspaceId: string, delta: StreamDelta, ttlSeconds: number) {
    return {
      workspaceId,
      messageId: delta.messageId,
      seq: delta.seq,
      text: delta.text,
      ...(delta.event ? { event: delta.event } : {}),
      expiresAt: epochSeconds(this.clock().toISOString()) + ttlSeconds,
    }
  }

  private async hydrate(item: MessageItem): Promise<Message> {
    return withToolCalls(toMessage(item, await readContent(this.blobs, item)), item)
  }
}
