import { Logger } from '@aws-lambda-powertools/logger'
import { transientErrorName as coreTransientErrorName, ingestStepNames } from '@chatter/core'
import { ingestSteps, transientErrorName } from '@chatter/resources'
import { describe, expect, it } from 'vitest'
import { createIngestStepHandler } from './ingest-step'

describe('the ingest-step function', () => {
  it('agrees with the state machine on the step names and the retried error name', () => {
    expect(coreTransientErrorName).toBe(transientErrorName)
    expect([...ingestStepNames]).toEqual([...ingestSteps])
  })

  it('runs the step the payload names and refuses a payload of another shape', async () => {
    const ran: string[] = []
    const step = async (payload: { step: string }) => ran.push(payload.step)
    const { run } = createIngestStepHandler({
      logger: new Logger({ serviceName: 'chatter-test', logLevel: 'SILENT' }),
      steps: { extract: step, embedBatch: step, finalize: step, markFailed: step },
    })
    const document = { workspaceId: 'ws_1', documentId: 'doc_1' }

    await run({ step: 'embedBatch', document, batch: { from: 0, to: 4 } })
    await expect(run({ step: 'explode', document })).rejects.toThrow()
    await expect(run({ step: 'embedBatch', document, batch: { from: 4, to: 1 } })).rejects.toThrow()
    expect(ran).toEqual(['embedBatch'])
  })
})
