import { deleteAll, forEachLimited } from './batch'
import { deleteChunks } from './document-chunks'
import type { ChatterTable } from './table'

/** Parallel chunk deletions per document: enough to be quick, few enough not to throttle. */
const concurrency = 8

/**
 * Deletes a workspace's knowledge-base items, each found by key or a Query (no scan):
 *
 * 1. every document's chunks (a Query of each document's partition);
 * 2. the tag items (from the documents' own `tags`, read consistently, which their
 *    transactions keep equal to the tag items, and whatever gsi1 lists), the content-hash claims
 *    (the documents' hashes, and gsi1's list for claims no document records yet), the bulk jobs, every member's search history (gsi1) and the workspace's
 *    lexical snapshot pointer (its namespace is the workspace id);
 * 3. the documents last, so an interrupted deletion still finds their chunks when run again.
 *
 * The documents' bytes and snapshots (S3) and their vectors are not touched here.
 * Resolves how many documents were deleted.
 */
export async function deleteWorkspaceDocuments(table: ChatterTable, workspaceId: string) {
  const { document, documentTag, documentHash, documentJob, searchHistory, lexicalPointer } =
    table.entities
  const all = { pages: 'all', consistent: true } as const
  // gsi1 cannot be read consistently: an item written in the same instant may survive (the use
  // case deletes a workspace long after its last upload or search).
  const [documents, tagged, claims, jobs, history] = await Promise.all([
    document.query
      .byWorkspace({ workspaceId })
      .go({ ...all, attributes: ['id', 'tags', 'createdAt', 'contentHash'] }),
    documentTag.query.byWorkspace({ workspaceId }).go({ pages: 'all' }),
    documentHash.query.byWorkspace({ workspaceId }).go({ pages: 'all' }),
    documentJob.query.byWorkspace({ workspaceId }).go({ ...all, attributes: ['id'] }),
    searchHistory.query.byWorkspace({ workspaceId }).go({ pages: 'all' }),
  ])
  await forEachLimited(documents.data, concurrency, ({ id }) =>
    deleteChunks(table, workspaceId, id),
  )
  const tagKeys = new Map<
    string,
    { workspaceId: string; tag: string; createdAt: string; documentId: string }
  >()
  for (const { id, tags, createdAt } of documents.data)
    for (const tag of tags)
      tagKeys.set(`${tag}\n${id}`, { workspaceId, tag, createdAt, documentId: id })
  for (const { tag, createdAt, documentId } of tagged.data)
    tagKeys.set(`${tag}\n${documentId}`, { workspaceId, tag, createdAt, documentId })
  const hashes = new Set(claims.data.map(({ contentHash }) => contentHash))
  for (const { contentHash } of documents.data) if (contentHash) hashes.add(contentHash)
  await Promise.all([
    deleteAll([...tagKeys.values()], (batch) => documentTag.delete(batch).go()),
    deleteAll(
      [...hashes].map((contentHash) => ({ workspaceId, contentHash })),
      (batch) => documentHash.delete(batch).go(),
    ),
    deleteAll(
      jobs.data.map(({ id }) => ({ workspaceId, id })),
      (batch) => documentJob.delete(batch).go(),
    ),
    deleteAll(
      history.data.map(({ userId, at, id }) => ({ workspaceId, userId, at, id })),
      (batch) => searchHistory.delete(batch).go(),
    ),
    lexicalPointer.delete({ namespace: workspaceId }).go(),
  ])
  return deleteAll(
    documents.data.map(({ id }) => ({ workspaceId, id })),
    (batch) => document.delete(batch).go(),
  )
}
