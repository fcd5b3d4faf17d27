import type { DocumentChanges, DocumentRecord, StoredChunk } from '@chatter/core'
import type { DocumentChunkItem, DocumentItem } from './table'

/*
 * Document items to and from the port's shapes. Optional fields are left out rather than set
 * to undefined (callers compare with toEqual); progress is stored as two numbers.
 */

export function toDocument(item: DocumentItem): DocumentRecord {
  const { ingestion } = item
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    filename: item.filename,
    contentType: item.contentType,
    size: item.size,
    tags: [...item.tags],
    status: item.status,
    progress: { chunksDone: item.chunksDone, chunksTotal: item.chunksTotal },
    ...(item.error === undefined ? {} : { error: item.error }),
    source: item.source,
    blobKey: item.blobKey,
    ...(item.contentHash === undefined ? {} : { contentHash: item.contentHash }),
    ...(item.duplicateOf === undefined ? {} : { duplicateOf: item.duplicateOf }),
    ...(item.title === undefined ? {} : { title: item.title }),
    ...(item.format === undefined ? {} : { format: item.format }),
    ...(item.pageCount === undefined ? {} : { pageCount: item.pageCount }),
    chunkCount: item.chunkCount,
    ...(ingestion === undefined
      ? {}
      : {
          ingestion: {
            mode: ingestion.mode,
            ...(ingestion.executionArn === undefined
              ? {}
              : { executionArn: ingestion.executionArn }),
            startedAt: ingestion.startedAt,
          },
        }),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.readyAt === undefined ? {} : { readyAt: item.readyAt }),
  }
}

/** Attributes a change clears with `null`. */
export type ClearedAttribute = 'error' | 'duplicateOf'

/** The changes as ElectroDB takes them: values to set (progress as its two numbers), and removals. */
export function toItemChanges(changes: DocumentChanges) {
  const { progress, error, duplicateOf, ...rest } = structuredClone(changes)
  const set: Partial<Omit<DocumentItem, 'workspaceId' | 'id' | 'createdAt'>> = {}
  for (const [key, value] of Object.entries(rest))
    if (value !== undefined) Object.assign(set, { [key]: value })
  if (progress) Object.assign(set, progress)
  const remove: ClearedAttribute[] = []
  if (error === null) remove.push('error')
  else if (error !== undefined) set.error = error
  if (duplicateOf === null) remove.push('duplicateOf')
  else if (duplicateOf !== undefined) set.duplicateOf = duplicateOf
  return { set, remove }
}

export function toChunk(item: DocumentChunkItem): StoredChunk {
  return {
    documentId: item.documentId,
    index: item.index,
    text: item.text,
    page: item.page,
    ...(item.section === undefined ? {} : { section: item.section }),
    tokenCount: item.tokenCount,
  }
}
