// A workspace of generated chunks indexed the way ingestion indexes them, in process: the local
// vector index, the MiniSearch snapshot lexical index and the documents' chunks.
import { SnapshotLexicalIndex } from '@chatter/aws'
import {
  type Acting,
  chunkId,
  type LexicalSnapshotRef,
  rolePermissions,
  type SearchPorts,
} from '@chatter/core'
import { InMemoryBlobs, InMemoryDocuments } from '@chatter/core/testing'
import { LocalEmbedder, LocalVectorIndex } from '@chatter/local'
import { seeded, sentence, wordOf } from './prose'

/** Chunks per generated document: a 100k corpus is 1,000 documents. */
const chunksPerDocument = 100
const workspaceId = 'ws_bench'

export interface SearchCorpus {
  ports: SearchPorts
  acting: Pick<Acting, 'access' | 'now'>
  embedder: LocalEmbedder
  vectors: LocalVectorIndex
  /** The same vectors packed row after row (384 floats each), for the exact baseline. */
  rows: Float32Array
  ids: string[]
  workspaceId: string
}

/** The snapshot pointers in memory (DynamoDB holds them in the stack: one read per search). */
class MemoryPointers {
  readonly #refs = new Map<string, LexicalSnapshotRef>()
  async get(namespace: string) {
    return this.#refs.get(namespace)
  }
  async swap(namespace: string, expected: number | undefined, next: LexicalSnapshotRef) {
    if (this.#refs.get(namespace)?.version !== expected) return false
    this.#refs.set(namespace, next)
    return true
  }
  async delete(namespace: string) {
    this.#refs.delete(namespace)
  }
}

/** A chunk of ~60 words: three or four sentences. */
const chunkText = (random: () => number) =>
  Array.from({ length: 3 + Math.floor(random() * 2) }, () => sentence(random)).join(' ')

/** 2-3 words, as people type them into a search box. */
export const queryOf = (random: () => number) =>
  Array.from({ length: 2 + Math.floor(random() * 2) }, () => wordOf(random)).join(' ')

/**
 * Indexes `count` chunks into one workspace: document records and chunks, vectors of the local
 * feature-hashing embedder upserted in batches of 1,000, and one lexical update of them all (the
 * snapshot index stores a whole new snapshot per update, as `finalize` does per document).
 */
export async function buildCorpus(count: number, seed = 42): Promise<SearchCorpus> {
  const random = seeded(seed)
  const documents = new InMemoryDocuments()
  const blobs = new InMemoryBlobs()
  const vectors = await LocalVectorIndex.open()
  const lexical = new SnapshotLexicalIndex({ blobs, pointers: new MemoryPointers() })
  const embedder = new LocalEmbedder()
  const rows = new Float32Array(count * embedder.dimensions)
  const ids: string[] = []
  const lexicalDocs = []
  for (let d = 0; d * chunksPerDocument < count; d++) {
    const documentId = `doc_bench${String(d).padStart(6, '0')}`
    const size = Math.min(chunksPerDocument, count - d * chunksPerDocument)
    const chunks = Array.from({ length: size }, (_, index) => {
      const text = chunkText(random)
      return { documentId, index, text, page: 1 + Math.floor(index / 4), tokenCount: 80 }
    })
    await documents.create({
      id: documentId,
      workspaceId,
      filename: `${documentId}.txt`,
      contentType: 'text/plain',
      size: 100,
      tags: [],
      status: 'ready',
      progress: { chunksDone: size, chunksTotal: size },
      source: 'upload',
      blobKey: `documents/${workspaceId}/${documentId}`,
      chunkCount: size,
      createdBy: 'usr_bench',
    })
    await documents.putChunks(workspaceId, chunks)
    const embedded = await embedder.embed(chunks.map((c) => c.text))
    const fields = { documentId, tags: [], contentType: 'text/plain', createdAt: 1_767_225_600 }
    await vectors.upsert(
      workspaceId,
      chunks.map((c, i) => ({
        id: chunkId(documentId, c.index),
        values: embedded[i] as number[],
        metadata: { ...fields, page: c.page },
      })),
    )
    for (const [i, c] of chunks.entries()) {
      rows.set(embedded[i] as number[], ids.length * embedder.dimensions)
      ids.push(chunkId(documentId, c.index))
      lexicalDocs.push({
        id: chunkId(documentId, c.index),
        text: c.text,
        fields: { ...fields, page: c.page },
      })
    }
  }
  await lexical.update(workspaceId, { add: lexicalDocs })
  const access = {
    principal: {
      type: 'user' as const,
      userId: 'usr_bench',
      sessionId: 'ses_bench',
      systemAdmin: false,
    },
    workspaceId,
    role: 'owner' as const,
    permissions: new Set(rolePermissions.owner),
  }
  return {
    ports: { documents, blobs, vectors, lexical, embedder },
    acting: { access, now: new Date() },
    embedder,
    vectors,
    rows,
    ids,
    workspaceId,
  }
}
