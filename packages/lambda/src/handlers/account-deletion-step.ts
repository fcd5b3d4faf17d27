import type { Logger } from '@aws-lambda-powertools/logger'
import {
  type AccountDeletionPorts,
  accountDeletionStepSchema,
  runAccountDeletionStep,
} from '@chatter/core'
import { withEventStack } from '../event-stack'

/**
 * The one function behind every Task of the account-deletion state machine: validates the
 * payload with the shared schema and runs the named step. Errors propagate, so the ASL's Retry
 * applies.
 */
export function createAccountDeletionStepHandler(deps: {
  logger: Logger
  ports: () => AccountDeletionPorts
}) {
  const run = async (event: unknown) => {
    const payload = accountDeletionStepSchema.parse(event)
    deps.logger.appendKeys({ step: payload.step })
    return runAccountDeletionStep(deps.ports(), payload)
  }
  return { run, handler: withEventStack(deps.logger, run) }
}
