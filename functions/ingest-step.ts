// Step Functions Task (every state of the ingest state machine) -> the named ingest step.
import { ingestStepHandler } from '@chatter/lambda/ingest-step'

export const handler = ingestStepHandler()
