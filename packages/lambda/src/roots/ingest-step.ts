import { lambdaLogger } from '../environment'
import { createIngestStepHandler, unavailableIngestSteps } from '../handlers/ingest-step'
import { lazy } from '../lazy'

/** The function behind every Task of the ingest state machine. */
export const ingestStepHandler = lazy(
  () => createIngestStepHandler({ logger: lambdaLogger(), steps: unavailableIngestSteps }).handler,
)
