import type { DocumentRecord, DocumentStatus } from '../../ports/document-repository'
import { chunkId } from '../../ports/document-repository'
import {
  HashingEmbedder,
  InMemoryBlobs,
  InMemoryLexical,
  InMemoryQueue,
  InMemoryVectors,
} from '../../testing'
import { team } from '../../workspaces/team-fixture'

let counter = 0

/**
 * The workspace cast of `team()` with the knowledge fakes, and `seed` to store a document the
 * way ingestion leaves it: bytes, chunks, vectors, lexical entries and its content-hash claim.
 * The cast of the document command and job tests.
 */
export async function documentTeam() {
  const t = await team()
  const ports = {
    ...t,
    jobs: t.documentJobs,
    blobs: new InMemoryBlobs(),
    vectors: new InMemoryVectors(),
    lexical: new InMemoryLexical(),
    embedder: new HashingEmbedder(8),
    queue: new InMemoryQueue(),
  }

  async function seed(
    options: {
      status?: DocumentStatus
      chunks?: number
      tags?: string[]
      workspaceId?: string
      filename?: string
    } = {},
  ): Promise<DocumentRecord> {
    counter += 1
    const id = `doc_${counter}`
    const workspaceId = options.workspaceId ?? t.workspace.id
    const status = options.status ?? 'ready'
    const chunks = status === 'ready' ? (options.chunks ?? 3) : 0
    const blobKey = `documents/${workspaceId}/${id}`
    const contentHash = status === 'uploading' ? undefined : `hash-${id}`
    if (status !== 'uploading') await ports.blobs.put(blobKey, `bytes of ${id}`)
    if (contentHash) await ports.documents.claimContentHash(workspaceId, contentHash, id)
    const indexes = Array.from({ length: chunks }, (_, index) => index)
    await ports.documents.putChunks(
      workspaceId,
      indexes.map((index) => ({
        documentId: id,
        index,
        text: `chunk ${index} of ${id}`,
        page: 1,
        tokenCount: 4,
      })),
    )
    await ports.vectors.upsert(
      workspaceId,
      indexes.map((index) => ({ id: chunkId(id, index), values: [1, index, 0, 0, 0, 0, 0, 0] })),
    )
    await ports.lexical.update(workspaceId, {
      add: indexes.map((index) => ({ id: chunkId(id, index), text: `chunk ${index} of ${id}` })),
    })
    return ports.documents.create({
      id,
      workspaceId,
      filename: options.filename ?? `${id}.txt`,
      contentType: 'text/plain',
      size: 100,
      tags: options.tags ?? [],
      status,
      progress: { chunksDone: chunks, chunksTotal: chunks },
      source: 'upload',
      blobKey,
      ...(contentHash ? { contentHash } : {}),
      ...(status === 'failed' ? { error: 'The PDF is encrypted.' } : {}),
      chunkCount: chunks,
      createdBy: t.member.id,
    })
  }

  return { ...ports, ports, seed }
}
