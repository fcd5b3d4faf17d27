import type { BlobStore } from '@chatter/core'
import { prefixes } from '@chatter/resources'

/**
 * Contents above this many UTF-8 bytes go to S3, leaving the item far below DynamoDB's 400 KB
 * item limit (with room for citations and usage) and keeping Queries of a conversation cheap:
 * a page of 100 inline messages reads at most ~6.4 MB.
 */
export const maxInlineContentBytes = 64 * 1024

/** Where a message's large content lives: under its workspace's prefix, like every object. */
export const messageBlobKey = (workspaceId: string, conversationId: string, messageId: string) =>
  `${prefixes.blobs}${workspaceId}/messages/${conversationId}/${messageId}`

export const isLargeContent = (content: string): boolean =>
  Buffer.byteLength(content, 'utf8') > maxInlineContentBytes

/** A stored message's content: inline, or read back from S3 when the item only points at it. */
export async function readContent(
  blobs: Pick<BlobStore, 'get'>,
  item: { content?: string | undefined; contentKey?: string | undefined },
): Promise<string> {
  if (item.contentKey === undefined) return item.content ?? ''
  const bytes = await blobs.get(item.contentKey)
  // The blob is written before the item and deleted before it, so only a deletion in progress
  // can get here; failing loudly beats showing an answer as empty.
  if (!bytes) throw new Error(`Message content is missing from storage: ${item.contentKey}`)
  return new TextDecoder().decode(bytes)
}

/**
 * Where content goes in the item: inline (and no pointer), or written to S3 first with only
 * the pointer in the item, so an item never points at an object that is not there yet.
 */
export async function placeContent(
  blobs: Pick<BlobStore, 'put'>,
  key: string,
  content: string,
): Promise<{ content: string } | { contentKey: string }> {
  if (!isLargeContent(content)) return { content }
  await blobs.put(key, content, { contentType: 'text/plain; charset=utf-8' })
  return { contentKey: key }
}
