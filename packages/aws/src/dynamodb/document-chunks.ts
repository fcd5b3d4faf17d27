import { parseChunkId, type StoredChunk } from '@chatter/core'
import { deleteAll } from './batch'
import { getAll, putAll } from './batch-reads'
import { toChunk } from './document-to-domain'
import type { ChatterTable } from './table'

/*
 * A document's chunks, in its own partition by zero-padded index (see entities/document):
 * written and read in batches, previewed and deleted by Queries from an index.
 */

const keyOf = (chunk: { documentId: string; index: number }) => `${chunk.documentId}:${chunk.index}`

/** Writes chunks, 25 per BatchWriteItem, replacing any with the same document and index. */
export function putChunks(table: ChatterTable, workspaceId: string, chunks: StoredChunk[]) {
  const { documentChunk } = table.entities
  const items = chunks.map((chunk) => ({ ...structuredClone(chunk), workspaceId }))
  return putAll(items, keyOf, (batch) => documentChunk.put(batch).go())
}

/** The chunks with these ids that exist, in the order asked (consistent batch gets of 100). */
export async function getChunks(
  table: ChatterTable,
  workspaceId: string,
  ids: string[],
): Promise<StoredChunk[]> {
  const { documentChunk } = table.entities
  const keys = new Map<string, { workspaceId: string; documentId: string; index: number }>()
  for (const id of ids) {
    const parsed = parseChunkId(id)
    if (parsed) keys.set(keyOf(parsed), { workspaceId, ...parsed })
  }
  const items = await getAll([...keys.values()], (batch) =>
    documentChunk.get(batch).go({ consistent: true }),
  )
  const found = new Map(items.map((item) => [keyOf(item), toChunk(item)]))
  return ids.flatMap((id) => {
    const parsed = parseChunkId(id)
    const chunk = parsed && found.get(keyOf(parsed))
    return chunk ? [structuredClone(chunk)] : []
  })
}

/** The document's chunks in order from `fromIndex`, at most `limit`: one Query. */
export async function listChunks(
  table: ChatterTable,
  workspaceId: string,
  documentId: string,
  { fromIndex = 0, limit }: { fromIndex?: number; limit: number },
): Promise<StoredChunk[]> {
  if (limit < 1) return []
  const { data } = await table.entities.documentChunk.query
    .byDocument({ workspaceId, documentId })
    .gte({ index: Math.max(0, Math.ceil(fromIndex)) })
    .go({ count: limit, consistent: true })
  return data.map(toChunk)
}

/** Deletes the document's chunks from `fromIndex` on, found by a Query; resolves how many. */
export async function deleteChunks(
  table: ChatterTable,
  workspaceId: string,
  documentId: string,
  fromIndex = 0,
): Promise<number> {
  const { documentChunk } = table.entities
  const { data } = await documentChunk.query
    .byDocument({ workspaceId, documentId })
    .gte({ index: Math.max(0, Math.ceil(fromIndex)) })
    .go({ pages: 'all', consistent: true, attributes: ['index'] })
  return deleteAll(
    data.map(({ index }) => ({ workspaceId, documentId, index })),
    (batch) => documentChunk.delete(batch).go(),
  )
}
