import type { DocumentStatus, StoredChunk } from '@chatter/core'
import type { InMemoryBlobs, InMemoryDocuments } from '@chatter/core/testing'
import { expect } from 'vitest'
import { createApp } from '../app'
import type { AppDependencies } from '../dependencies'
import { bodyOf, inWorkspace, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

/**
 * The cast of the document route tests: an owner and a viewer of a team workspace, an outsider
 * with a workspace of their own, and calls to `/v1/documents` and `/v1/tags` as each.
 */
export async function documentsSetup(configure: (deps: AppDependencies) => void = () => {}) {
  const deps = testDependencies()
  configure(deps)
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const viewer = await signedInUser(deps)
  const outsider = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, viewer, 'viewer')
  const documents = deps.knowledge.documents as InMemoryDocuments
  const blobs = deps.knowledge.blobs as InMemoryBlobs

  const callAs =
    (headers: Record<string, string>) =>
    async (method: string, path: string, body?: unknown, raw?: string) => {
      const response = await app.request(path, {
        method,
        headers,
        redirect: 'manual',
        ...(raw !== undefined
          ? { body: raw }
          : body === undefined
            ? {}
            : { body: JSON.stringify(body) }),
      })
      const type = response.headers.get('content-type')
      const json = type?.includes('json') ? await bodyOf(response.clone()) : undefined
      return { status: response.status, type, body: json, response }
    }
  const call = callAs(inWorkspace(owner.headers, team.id))
  const asViewer = callAs(inWorkspace(viewer.headers, team.id))
  const asOutsider = callAs(inWorkspace(outsider.headers, outsider.personalWorkspaceId))

  /** Registers a document through the API (a 201, or the test fails). */
  const upload = async (body: Record<string, unknown> = {}) => {
    const made = await call('POST', '/v1/documents', {
      filename: 'notes.md',
      contentType: 'text/markdown',
      size: 120,
      ...body,
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    return made.body
  }

  /** Moves a document on as ingestion would, storing `chunks` (page 1 unless given). */
  const ingested = async (
    id: string,
    status: DocumentStatus,
    chunks: (string | { text: string; page: number })[] = [],
  ) => {
    const stored: StoredChunk[] = chunks.map((chunk, index) => {
      const { text, page } = typeof chunk === 'string' ? { text: chunk, page: 1 } : chunk
      return { documentId: id, index, text, page, tokenCount: Math.ceil(text.length / 4) }
    })
    await documents.putChunks(team.id, stored)
    await documents.update(team.id, id, {
      status,
      chunkCount: stored.length,
      progress: { chunksDone: stored.length, chunksTotal: stored.length },
    })
  }
  return {
    deps,
    app,
    owner,
    viewer,
    outsider,
    team,
    documents,
    blobs,
    call,
    asViewer,
    asOutsider,
    upload,
    ingested,
  }
}
