import type { DocumentRecord, DocumentStatus, StoredChunk } from '../../ports/document-repository'
import { InMemoryBlobs } from '../../testing'
import { team } from '../../workspaces/team-fixture'
import { defaultUploadSettings } from '../knowledge-ports'

/** The team workspace with a documents bucket and small upload limits: the cast of these tests. */
export async function knowledgeTeam() {
  const t = await team()
  const blobs = new InMemoryBlobs()
  const uploads = {
    ...defaultUploadSettings,
    maxBytes: 1000,
    multipartThresholdBytes: 100,
    partSizeBytes: 40,
  }
  /** A document stored directly, with `chunks` texts (page numbers as given, default 1). */
  async function documentWith(
    status: DocumentStatus,
    chunks: (string | { text: string; page: number })[] = [],
    workspaceId = t.workspace.id,
  ): Promise<DocumentRecord> {
    const id = `doc_${status}_${t.documents.byKey.size}`
    const document = await t.documents.create({
      id,
      workspaceId,
      filename: 'notes.md',
      contentType: 'text/markdown',
      size: 10,
      tags: [],
      status,
      progress: { chunksDone: chunks.length, chunksTotal: chunks.length },
      source: 'upload',
      blobKey: `uploads/${workspaceId}/${id}/notes.md`,
      chunkCount: chunks.length,
      createdBy: t.owner.id,
    })
    const stored: StoredChunk[] = chunks.map((chunk, index) => {
      const { text, page } = typeof chunk === 'string' ? { text: chunk, page: 1 } : chunk
      return { documentId: id, index, text, page, tokenCount: Math.ceil(text.length / 4) }
    })
    await t.documents.putChunks(workspaceId, stored)
    return document
  }
  return { ...t, blobs, uploads, documentWith }
}
