import type { Logger } from '@aws-lambda-powertools/logger'
import type { DynamoStores } from '@chatter/aws'
import {
  type AccountDeletionMachine,
  type AccountDeletionPorts,
  type KnowledgePorts,
  runRetention,
  type SearchHistoryRepository,
} from '@chatter/core'
import { createAccountDeletionStepHandler, createRetentionHandler } from '@chatter/lambda'
import {
  accountDeletionStateMachine,
  functions,
  schedules,
  stateMachines,
} from '@chatter/resources'
import type { LocalStateMachineRunner } from '../step-functions/local-runner'
import { localFunctionArn, localLambdaContext } from './lambda-context'
import { startLocalSchedule } from './scheduler'

/**
 * Data lifecycle on the laptop, as in AWS: the account-deletion state machine on the local runner
 * (every Task running the same step handler as Lambda) and the daily retention schedule.
 * Resolves the machine `DELETE /v1/me` starts and a `stop` for the timer.
 */
export function startLocalAccounts(options: {
  logger: Logger
  stores: DynamoStores
  knowledge: Pick<KnowledgePorts, 'documents' | 'blobs' | 'vectors' | 'lexical'> & {
    searchHistory: Pick<SearchHistoryRepository, 'clear'>
  }
  stepFunctions: LocalStateMachineRunner
}): { accountDeletion: AccountDeletionMachine; stop(): Promise<void> } {
  const { logger, stores, knowledge, stepFunctions } = options
  const preferences = (
    stores as { preferences?: Partial<NonNullable<AccountDeletionPorts['preferences']>> }
  ).preferences
  const deleteAll = preferences?.deleteAll?.bind(preferences)
  const ports: AccountDeletionPorts = {
    users: stores.users,
    workspaces: stores.workspaces,
    refreshTokens: stores.refreshTokens,
    apiKeys: stores.apiKeys,
    conversations: stores.conversations,
    audit: stores.audit,
    knowledge,
    ...(deleteAll ? { preferences: { deleteAll } } : {}),
  }
  const step = createAccountDeletionStepHandler({ logger, ports: () => ports }).handler
  const spec = functions.accountDeletionStep
  const runStep = (input: unknown) => step(input, localLambdaContext(spec.id, spec.timeoutSeconds))
  const { localName } = stateMachines.accountDeletion
  stepFunctions.register(localName, accountDeletionStateMachine(localFunctionArn(spec.id)), {
    Block: runStep,
    Workspace: runStep,
    Preferences: runStep,
    Forget: runStep,
    Record: runStep,
  })

  const retention = createRetentionHandler({
    logger,
    runRetention: (run) => runRetention({ ...stores, knowledge }, run),
  })
  const timer = startLocalSchedule({
    everyMs: schedules.retention.everySeconds * 1000,
    run: (event) =>
      retention.handler(
        event,
        localLambdaContext(functions.retention.id, functions.retention.timeoutSeconds),
      ),
    onError: (error) => logger.error('scheduled retention failed', { error }),
  })
  return {
    accountDeletion: { runner: stepFunctions, stateMachine: localName },
    stop: () => timer.stop(),
  }
}
