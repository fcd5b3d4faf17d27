// Step Functions Task (every state of the ingest state machine) -> the named ingest step.
import { lambdaRoot } from '@chatter/lambda'

export const handler = lambdaRoot().ingestStepHandler()
