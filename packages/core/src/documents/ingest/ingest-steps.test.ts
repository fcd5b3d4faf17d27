import { describe, expect, it } from 'vitest'
import type { ChunkBatch } from './chunk-records'
import { ingestDocument } from './ingest-document'
import { transientErrorName } from './ingest-errors'
import { ingestWorld, paragraphs, workspaceId } from './ingest-fixture'
import { ingestSteps } from './ingest-steps'

const document = { workspaceId, documentId: 'doc_big' }
const text = `# Atlas\n\n${paragraphs(11)}`

/** A document handed to the (fake) state machine, and the steps its Tasks would run. */
async function started() {
  const world = ingestWorld({ workflows: true, settings: { inlineMaxBytes: 10 } })
  await world.upload(text, { id: document.documentId })
  await ingestDocument(world.ports, workspaceId, document.documentId)
  return { ...world, steps: ingestSteps(world.ports) }
}

/** What the state machine does on success: Extract, the Map of EmbedBatch, Finalize. */
async function runAll(steps: ReturnType<typeof ingestSteps>) {
  const extracted = (await steps.extract({ step: 'extract', document })) as {
    batches: ChunkBatch[]
  }
  const batches: ChunkBatch[] = []
  for (const batch of extracted.batches)
    batches.push((await steps.embedBatch({ step: 'embedBatch', document, batch })) as ChunkBatch)
  return steps.finalize({ step: 'finalize', document, batches })
}

const observable = async (world: ReturnType<typeof ingestWorld>) => {
  const { document: record, ...rest } = await world.state(document.documentId)
  const { status, chunkCount, progress, title, format, pageCount, error } = record
  const vectors = await world.ports.vectors.query(workspaceId, {
    vector: (await world.ports.embedder.embed(['heron']))[0] ?? [],
    topK: 100,
    includeMetadata: true,
  })
  const { createdAt: _, ...fields } = { ...vectors[0]?.metadata }
  return { status, chunkCount, progress, title, format, pageCount, error, fields, ...rest }
}

describe('ingestSteps', () => {
  it('end in the same state as an inline ingestion when run in sequence', async () => {
    const inline = ingestWorld()
    await inline.upload(text, { id: document.documentId })
    await ingestDocument(inline.ports, workspaceId, document.documentId)
    const { steps, ...world } = await started()

    const extracted = (await steps.extract({ step: 'extract', document })) as object
    expect(JSON.stringify(extracted).length).toBeLessThan(1000)
    await runAll(steps)

    expect(await observable(world)).toEqual(await observable(inline))
    expect((await observable(world)).status).toBe('ready')
  })

  it('turn a Lambda error cause into the readable reason, never the stack', async () => {
    const { steps, state } = await started()
    await steps.extract({ step: 'extract', document })
    const Cause = JSON.stringify({
      errorType: 'DomainError',
      errorMessage: 'The PDF is password-protected.',
      trace: ['DomainError: The PDF is password-protected.', '    at extractPdf (pdf.js:1:1)'],
    })

    await steps.markFailed({ step: 'markFailed', document, error: { Error: 'DomainError', Cause } })

    const after = await state(document.documentId)
    expect(after.document).toMatchObject({
      status: 'failed',
      error: 'The PDF is password-protected.',
      chunkCount: 0,
    })
    expect(after.chunks).toEqual([])
  })

  it('say a transient failure was retried, and read a plain-text cause as is', async () => {
    const { steps, state } = await started()
    const Cause = JSON.stringify({ errorType: transientErrorName, errorMessage: 'Throttled' })
    await steps.markFailed({
      step: 'markFailed',
      document,
      error: { Error: transientErrorName, Cause },
    })
    expect((await state(document.documentId)).document.error).toBe(
      'Ingestion failed after retries: Throttled',
    )
    await steps.markFailed({ step: 'markFailed', document, error: { Cause: 'Map failed.' } })
    expect((await state(document.documentId)).document.error).toBe('Map failed.')
  })

  it('throw an unreadable file as permanent and a dependency failure as transient', async () => {
    const { steps, ports } = await started()
    await ports.blobs.put(`uploads/${workspaceId}/doc_big/notes.md`, '%CORRUPT')
    const permanent = await steps.extract({ step: 'extract', document }).catch((e: Error) => e)
    expect(permanent).toMatchObject({ message: 'The file is damaged and could not be read.' })
    expect((permanent as Error).name).not.toBe(transientErrorName)

    await ports.blobs.put(`uploads/${workspaceId}/doc_big/notes.md`, text)
    await steps.extract({ step: 'extract', document })
    ports.embedder.embed = async () => {
      throw new Error('Bedrock is down')
    }
    const batch = { from: 0, to: 2 }
    const transient = await steps
      .embedBatch({ step: 'embedBatch', document, batch })
      .catch((e: Error) => e)
    expect(transient).toMatchObject({ name: transientErrorName, message: 'Bedrock is down' })
  })

  it('remove what the execution wrote when the document was deleted before finalize', async () => {
    const { steps, ports, state } = await started()
    const extracted = (await steps.extract({ step: 'extract', document })) as {
      batches: ChunkBatch[]
    }
    for (const batch of extracted.batches)
      await steps.embedBatch({ step: 'embedBatch', document, batch })
    await ports.documents.delete(workspaceId, document.documentId)

    await steps.finalize({ step: 'finalize', document, batches: extracted.batches })

    const after = await state(document.documentId)
    expect(after.chunks).toEqual([])
    expect(after.vectorIds).toEqual([])
    expect(after.lexicalIds).toEqual([])
  })
})
