import type { Logger } from '@aws-lambda-powertools/logger'
import { DomainError } from '@chatter/core'
import { type IngestStep, ingestSteps } from '@chatter/resources'
import { z } from 'zod'
import { withEventStack } from '../event-stack'

/** What every Task of the ingest state machine sends (see `ingestStateMachine`). */
export const ingestStepPayloadSchema = z.object({
  step: z.enum(ingestSteps),
  document: z.object({ workspaceId: z.string().min(1), documentId: z.string().min(1) }).loose(),
  batch: z.unknown().optional(),
  batches: z.array(z.unknown()).optional(),
  error: z
    .object({ Error: z.string().optional(), Cause: z.string().optional() })
    .loose()
    .optional(),
})

export type IngestStepPayload = z.output<typeof ingestStepPayloadSchema>

/** The work behind each step; the documents feature provides it. */
export type IngestSteps = Record<IngestStep, (payload: IngestStepPayload) => Promise<unknown>>

const unavailable = (step: IngestStep) => async (): Promise<never> => {
  throw new DomainError('dependency.unavailable', `The ingest step "${step}" is not available yet.`)
}

/** Until the documents feature lands, every step fails plainly instead of pretending to work. */
export const unavailableIngestSteps: IngestSteps = {
  extract: unavailable('extract'),
  embedBatch: unavailable('embedBatch'),
  finalize: unavailable('finalize'),
  markFailed: unavailable('markFailed'),
}

/**
 * The one function behind every Task of the ingest state machine: validates the payload with the
 * shared schema and runs the named step. Errors propagate, so the ASL's Retry and Catch apply.
 */
export function createIngestStepHandler(deps: { logger: Logger; steps: IngestSteps }) {
  const run = async (event: unknown) => {
    const payload = ingestStepPayloadSchema.parse(event)
    deps.logger.appendKeys({ step: payload.step, documentId: payload.document.documentId })
    return deps.steps[payload.step](payload)
  }
  return { run, handler: withEventStack(deps.logger, run) }
}
