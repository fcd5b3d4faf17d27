import type { KnowledgePorts } from '../documents/knowledge-ports'
import { newId } from '../ids'
import { chunkId, type DocumentRecord } from '../ports/document-repository'
import { HashingEmbedder, InMemoryBlobs, InMemoryLexical, InMemoryVectors } from '../testing'
import { team } from '../workspaces/team-fixture'

/** A document to index for a test: its chunks' texts (one per page unless `page` is given). */
export interface SeedDocument {
  filename: string
  chunks: (string | { text: string; page?: number; section?: string })[]
  contentType?: string
  tags?: string[]
  /** ISO time written into the chunks' metadata (default: the fixture's now). */
  createdAt?: string
}

/**
 * Indexes a ready document the way ingestion does: the record, its chunks, one vector and one
 * lexical entry per chunk, each carrying the metadata search filters on (`documentId`, `tags`,
 * `contentType`, `createdAt` in epoch seconds, `page`, `filename`).
 */
export async function indexDocument(
  knowledge: KnowledgePorts,
  workspaceId: string,
  seed: SeedDocument,
): Promise<DocumentRecord> {
  const id = newId('doc')
  const contentType = seed.contentType ?? 'text/plain'
  const tags = [...(seed.tags ?? [])].sort()
  const chunks = seed.chunks.map((chunk, index) => {
    const { text, page = index + 1, section } = typeof chunk === 'string' ? { text: chunk } : chunk
    return { documentId: id, index, text, page, tokenCount: text.split(/\s+/).length, section }
  })
  const document = await knowledge.documents.create({
    id,
    workspaceId,
    filename: seed.filename,
    contentType,
    size: 100,
    tags,
    status: 'ready',
    progress: { chunksDone: chunks.length, chunksTotal: chunks.length },
    source: 'upload',
    blobKey: `documents/${workspaceId}/${id}`,
    chunkCount: chunks.length,
    createdBy: 'usr_owner',
  })
  await knowledge.documents.putChunks(
    workspaceId,
    chunks.map(({ section, ...chunk }) => (section ? { ...chunk, section } : chunk)),
  )
  const createdAt = Math.floor(Date.parse(seed.createdAt ?? '2026-03-01T12:00:00Z') / 1000)
  const fields = (page: number) => ({
    documentId: id,
    tags,
    contentType,
    createdAt,
    page,
    filename: seed.filename,
  })
  const vectors = await knowledge.embedder.embed(chunks.map((c) => c.text))
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
  return document
}

/** The team workspace with empty knowledge stores, and `add` to index documents into them. */
export async function searchWorld() {
  const t = await team()
  const vectors = new InMemoryVectors()
  const lexical = new InMemoryLexical()
  const embedder = new HashingEmbedder()
  const knowledge: KnowledgePorts = {
    documents: t.documents,
    blobs: new InMemoryBlobs(),
    vectors,
    lexical,
    embedder,
  }
  const add = (seed: SeedDocument, workspaceId = t.workspace.id) =>
    indexDocument(knowledge, workspaceId, seed)
  return { ...t, knowledge, vectors, lexical, embedder, add }
}
