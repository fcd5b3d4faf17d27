import type { Logger } from '@aws-lambda-powertools/logger'
import { type IngestSteps, ingestStepPayloadSchema } from '@chatter/core'
import { withEventStack } from '../event-stack'

export type { IngestStepPayload, IngestSteps } from '@chatter/core'

/**
 * The one function behind every Task of the ingest state machine: validates the payload with the
 * shared schema (`ingestStepPayloadSchema` from core) and runs the named step (`ingestSteps`).
 * Errors propagate, so the ASL's Retry (`TransientError`) and Catch (MarkFailed) apply.
 */
export function createIngestStepHandler(deps: { logger: Logger; steps: IngestSteps }) {
  const run = async (event: unknown) => {
    const payload = ingestStepPayloadSchema.parse(event)
    deps.logger.appendKeys({ step: payload.step, documentId: payload.document.documentId })
    return deps.steps[payload.step](payload)
  }
  return { run, handler: withEventStack(deps.logger, run) }
}
