// Test support for the search and citation routes (imported by tests only): documents indexed
// into the in-memory knowledge stores the way ingestion indexes them.
import { chunkId, type KnowledgePorts, newId } from '@chatter/core'

export interface SeedDocument {
  filename: string
  /** One chunk per text, on pages 1, 2, ... */
  texts: string[]
  tags?: string[]
  contentType?: string
  /** The document's creation time as the chunks' metadata carries it. */
  at?: string
}

/** Indexes a ready document as ingestion does: record, chunks, vectors and lexical entries. */
export async function indexDocument(
  knowledge: KnowledgePorts,
  workspaceId: string,
  seed: SeedDocument,
) {
  const id = newId('doc')
  const contentType = seed.contentType ?? 'text/plain'
  const tags = seed.tags ?? []
  await knowledge.documents.create({
    id,
    workspaceId,
    filename: seed.filename,
    contentType,
    size: 10,
    tags,
    status: 'ready',
    progress: { chunksDone: seed.texts.length, chunksTotal: seed.texts.length },
    source: 'upload',
    blobKey: `documents/${workspaceId}/${id}`,
    chunkCount: seed.texts.length,
    createdBy: 'usr_test',
  })
  const chunks = seed.texts.map((text, index) => ({
    documentId: id,
    index,
    text,
    page: index + 1,
    tokenCount: 10,
  }))
  await knowledge.documents.putChunks(workspaceId, chunks)
  const createdAt = Math.floor(Date.parse(seed.at ?? '2026-03-01T00:00:00Z') / 1000)
  const fields = (page: number) => ({
    documentId: id,
    tags,
    contentType,
    createdAt,
    page,
    filename: seed.filename,
  })
  const vectors = await knowledge.embedder.embed(seed.texts)
  await knowledge.vectors.upsert(
    workspaceId,
    chunks.map((c, i) => ({
      id: chunkId(id, c.index),
      values: vectors[i] ?? [],
      metadata: fields(c.page),
    })),
  )
  await knowledge.lexical.update(workspaceId, {
    add: chunks.map((c) => ({ id: chunkId(id, c.index), text: c.text, fields: fields(c.page) })),
  })
  return id
}
