import { readFile } from 'node:fs/promises'
import type { ChatterClient, Schemas } from '@chatter/sdk'
import { demoDocuments, demoTag } from './content'
import type { SeedLedger } from './ledger'

type Document = Schemas['Document']

const bytesOf = async (filename: string) =>
  new Uint8Array(await readFile(new URL(`./documents/${filename}`, import.meta.url)))

// An upload that failed, or was cut off before its bytes arrived, will never become ready.
const stale = new Set<Document['status']>(['failed', 'uploading'])

/**
 * The demo documents, uploaded unless one of that filename is in the workspace, then waited for
 * until ingested (ready, or a duplicate of the same bytes under another name). A stale copy from
 * an interrupted run is deleted and uploaded again, so reruns repair rather than pile up.
 */
export async function ensureDocuments(chatter: ChatterClient, ledger: SeedLedger): Promise<void> {
  const existing = new Map<string, Document>()
  for await (const document of chatter.paginate('/v1/documents', { query: { limit: 100 } }))
    if (!existing.has(document.filename)) existing.set(document.filename, document)
  const seeded: { filename: string; id: string; created: boolean }[] = []
  for (const { filename, contentType } of demoDocuments) {
    let document = existing.get(filename)
    if (document && stale.has(document.status)) {
      await chatter.unwrap(
        chatter.api.DELETE('/v1/documents/{id}', { params: { path: { id: document.id } } }),
      )
      document = undefined
    }
    const created = document === undefined
    if (!document) {
      const body = await bytesOf(filename)
      const file = { filename, contentType, size: body.byteLength, body, tags: [demoTag] }
      document = await chatter.uploadDocument(file)
    }
    seeded.push({ filename, id: document.id, created })
  }
  ledger.tell(`waiting for ${seeded.length} documents to be ingested...`)
  // Ingestion runs on the server: waiting for all at once takes as long as the slowest one.
  await Promise.all(seeded.map(({ id }) => chatter.waitForDocument(id)))
  for (const { filename, id, created } of seeded) ledger.note('document', filename, id, created)
}
