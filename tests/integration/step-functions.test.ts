import { LocalStateMachineRunner, type LocalTaskHandler, waitForExecution } from '@chatter/local'
import { ingestStateMachine, local, stateMachines, transientErrorName } from '@chatter/resources'
import aslValidator from 'asl-validator'
import { describe, expect, it } from 'vitest'

const taskResource = `arn:aws:lambda:${local.region}:${local.accountId}:function:chatter-ingest-step`
const definition = ingestStateMachine(taskResource)
const name = stateMachines.ingest.localName
const document = { workspaceId: 'ws_1', documentId: 'doc_1' }

interface StepInput {
  step: string
  document: typeof document
  batch?: { index: number; chunks: string[] }
  batches?: { index: number; upserted: number }[]
  error?: { Error: string; Cause: string }
}

/** The ingest-step function's four steps, recording what each one was given. */
function ingestHandlers(extract: LocalTaskHandler) {
  const seen: StepInput[] = []
  const record =
    (answer: (input: StepInput) => unknown): LocalTaskHandler =>
    async (input) => {
      seen.push(input as StepInput)
      return answer(input as StepInput)
    }
  const handlers = {
    Extract: async (input: unknown, context: Parameters<LocalTaskHandler>[1]) => {
      seen.push(input as StepInput)
      return extract(input, context)
    },
    EmbedBatch: record(({ batch }) => ({ index: batch?.index, upserted: batch?.chunks.length })),
    Finalize: record(({ document, batches = [] }) => ({
      documentId: document.documentId,
      status: 'ready',
      chunkCount: batches.reduce((sum, batch) => sum + batch.upserted, 0),
    })),
    MarkFailed: record(({ document }) => ({ documentId: document.documentId, status: 'failed' })),
  }
  return { handlers, seen, steps: () => seen.map((input) => input.step) }
}

// The ASL retries after 2 s, 4 s and 8 s; the local runner can skip those pauses.
const fastRunner = () => new LocalStateMachineRunner({ retryIntervalMs: 0 })

describe('the ingest state machine on the local runner', () => {
  it('extracts, embeds every batch through the Map, and finalizes with all results', async () => {
    const runner = fastRunner()
    const batches = [
      { index: 0, chunks: ['a', 'b'] },
      { index: 1, chunks: ['c'] },
      { index: 2, chunks: ['d', 'e', 'f'] },
    ]
    const ingest = ingestHandlers(async () => ({ batches }))
    runner.register(name, definition, ingest.handlers)

    const { executionArn } = await runner.start(name, { document }, { name: 'doc_1-v1' })
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })

    expect(executionArn).toBe(`arn:aws:states:us-east-1:000000000000:execution:${name}:doc_1-v1`)
    expect(done.status).toBe('SUCCEEDED')
    expect(done.output).toEqual({ documentId: 'doc_1', status: 'ready', chunkCount: 6 })
    const embedded = ingest.seen.filter((input) => input.step === 'embedBatch')
    expect(embedded.map((input) => input.batch).sort((a, b) => a!.index - b!.index)).toEqual(
      batches,
    )
    expect(embedded.every((input) => input.document.documentId === 'doc_1')).toBe(true)
    const finalize = ingest.seen.find((input) => input.step === 'finalize')
    expect(finalize?.batches).toEqual([
      { index: 0, upserted: 2 },
      { index: 1, upserted: 1 },
      { index: 2, upserted: 3 },
    ])
    expect(ingest.steps()).not.toContain('markFailed')
  })

  it('retries a transient Extract failure per its Retry rule, then marks the document failed', async () => {
    const runner = fastRunner()
    let attempts = 0
    const ingest = ingestHandlers(async () => {
      attempts += 1
      throw Object.assign(new Error('the extractor is overloaded'), { name: transientErrorName })
    })
    runner.register(name, definition, ingest.handlers)
    const started = performance.now()

    const { executionArn } = await runner.start(name, { document })
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })

    expect(attempts).toBe(1 + 3) // the first try and MaxAttempts retries
    expect(ingest.steps()).toEqual(['extract', 'extract', 'extract', 'extract', 'markFailed'])
    expect(ingest.seen.at(-1)?.error?.Error).toBe(transientErrorName)
    expect(done).toMatchObject({
      status: 'FAILED',
      error: 'IngestionFailed',
      cause: 'The document could not be ingested.',
    })
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('sends a permanent Extract failure straight to MarkFailed, with its reason', async () => {
    const runner = fastRunner()
    const ingest = ingestHandlers(async () => {
      throw Object.assign(new Error('the PDF is encrypted'), { name: 'ExtractionError' })
    })
    runner.register(name, definition, ingest.handlers)

    const { executionArn } = await runner.start(name, { document })
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })

    expect(ingest.steps()).toEqual(['extract', 'markFailed'])
    const markFailed = ingest.seen.at(-1)
    expect(markFailed?.document).toEqual(document)
    expect(markFailed?.error?.Error).toBe('ExtractionError')
    expect(JSON.parse(markFailed?.error?.Cause ?? '{}')).toMatchObject({
      errorType: 'ExtractionError',
      errorMessage: 'the PDF is encrypted',
    })
    expect(done).toMatchObject({ status: 'FAILED', error: 'IngestionFailed' })
  })

  it('is a definition asl-validator accepts', () => {
    const result = aslValidator(structuredClone(definition))
    expect(result.errorsText('\n')).toBe('')
    expect(result.isValid).toBe(true)
  })

  it('refuses to register when a Task, nested in the Map or not, has no handler', () => {
    const { handlers } = ingestHandlers(async () => ({ batches: [] }))
    const { EmbedBatch: _nested, ...withoutEmbed } = handlers
    const { MarkFailed: _top, ...withoutMarkFailed } = handlers
    const runner = fastRunner()

    expect(() => runner.register(name, definition, withoutEmbed)).toThrow(
      /EmbedBatch: Task state has no local handler/,
    )
    expect(() => runner.register(name, definition, withoutMarkFailed)).toThrow(
      /MarkFailed: Task state has no local handler/,
    )
    expect(runner.isRegistered(name)).toBe(false)
  })
})
