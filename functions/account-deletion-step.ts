// Step Functions Task (every state of the account-deletion state machine) -> the named step.
import { accountDeletionStepHandler } from '@chatter/lambda/accounts'

export const handler = accountDeletionStepHandler()
