import type { BlobStore } from '@chatter/core'
import { deleteAll, forEachLimited } from './batch'
import type { ChatterTable } from './table'

/** Parallel reads and deletes per conversation: enough to be quick, few enough not to throttle. */
const concurrency = 8

/**
 * Deletes a conversation and everything under it, each found by key (no scan):
 *
 * 1. its messages (one consistent Query of its partition) and, per message, its saved stream
 *    deltas (a Query each: deltas are keyed by message, as resuming a stream reads them);
 * 2. the S3 objects of large contents first (a rerun still finds their items, and so their
 *    keys; deleting the items first could orphan the objects for good), then the deltas and
 *    messages in batches;
 * 3. the conversation item last, so an interrupted deletion leaves it listed and can be run
 *    again.
 *
 * Without `blobs` (a caller with no S3 access) the objects of large contents are left behind.
 * Resolves how many messages were deleted.
 */
export async function deleteConversationTree(
  table: ChatterTable,
  blobs: Pick<BlobStore, 'delete'> | undefined,
  workspaceId: string,
  conversationId: string,
): Promise<number> {
  const { conversation, message, streamDelta } = table.entities
  const { data: messages } = await message.query
    .byConversation({ workspaceId, conversationId })
    .go({ pages: 'all', consistent: true, attributes: ['id', 'contentKey'] })
  const deltaKeys: { workspaceId: string; messageId: string; seq: number }[] = []
  await forEachLimited(messages, concurrency, async ({ id }) => {
    const { data } = await streamDelta.query
      .byMessage({ workspaceId, messageId: id })
      .go({ pages: 'all', consistent: true, attributes: ['seq'] })
    for (const { seq } of data) deltaKeys.push({ workspaceId, messageId: id, seq })
  })
  if (blobs) {
    const keys = messages.flatMap(({ contentKey }) => (contentKey ? [contentKey] : []))
    await forEachLimited(keys, concurrency, (key) => blobs.delete(key))
  }
  await deleteAll(deltaKeys, (batch) => streamDelta.delete(batch).go())
  const count = await deleteAll(
    messages.map(({ id }) => ({ workspaceId, conversationId, id })),
    (batch) => message.delete(batch).go(),
  )
  await conversation.delete({ workspaceId, id: conversationId }).go()
  return count
}

/**
 * Deletes every conversation of a workspace with its messages, deltas and (given `blobs`)
 * stored contents, a few conversations at a time. Messages of a fork interrupted before its
 * conversation item was written are not found this way (nothing lists them).
 */
export async function deleteWorkspaceConversations(
  table: ChatterTable,
  blobs: Pick<BlobStore, 'delete'> | undefined,
  workspaceId: string,
): Promise<number> {
  const { data } = await table.entities.conversation.query
    .byWorkspace({ workspaceId })
    .go({ pages: 'all', consistent: true, attributes: ['id'] })
  await forEachLimited(data, 4, ({ id }) => deleteConversationTree(table, blobs, workspaceId, id))
  return data.length
}
