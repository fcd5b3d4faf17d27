import {
  type AccountDeletionMachine,
  type AccountDeletionPorts,
  DomainError,
  type LambdaConfig,
  runRetention,
} from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { createAccountDeletionStepHandler } from '../handlers/account-deletion-step'
import { createRetentionHandler } from '../handlers/retention'
import { lazy } from '../lazy'
import {
  type CloudStores,
  createCloudStores,
  createKnowledge,
  stateMachineRunnerOf,
} from './knowledge'

/** Where `DELETE /v1/me` starts deletions; without the ARN every start is a 503 naming it. */
export function createAccountDeletionMachine(
  config: LambdaConfig,
  cloud: CloudStores,
): AccountDeletionMachine {
  const runner = stateMachineRunnerOf(cloud)
  const arn = config.ACCOUNT_DELETION_STATE_MACHINE_ARN
  return {
    stateMachine: arn ?? 'unset',
    runner: {
      start: (stateMachine, input, options) => {
        if (!arn)
          throw new DomainError(
            'dependency.unavailable',
            'Account deletion is not set up here (ACCOUNT_DELETION_STATE_MACHINE_ARN).',
          )
        return runner.start(stateMachine, input, options)
      },
    },
  }
}

/** The stores and knowledge the deletion steps and the retention purge touch. */
export function createAccountPorts(config: LambdaConfig, cloud: CloudStores) {
  const stores = cloud.stores()
  const knowledge = createKnowledge(config, cloud)
  // Preferences arrive with their own store; the step calls `deleteAll` once it exists.
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
    knowledge: { ...knowledge, searchHistory: stores.searchHistory },
    ...(deleteAll ? { preferences: { deleteAll } } : {}),
  }
  return ports
}

/** The function behind every Task of the account-deletion state machine. */
export const accountDeletionStepHandler = lazy(() => {
  const config = lambdaConfig()
  const cloud = createCloudStores(config)
  const ports = lazy(() => createAccountPorts(config, cloud))
  return createAccountDeletionStepHandler({ logger: lambdaLogger(), ports }).handler
})

/** The daily retention timer's target. */
export const retentionHandler = lazy(() => {
  const config = lambdaConfig()
  const cloud = createCloudStores(config)
  return createRetentionHandler({
    logger: lambdaLogger(),
    runRetention: (options) => {
      const stores = cloud.stores()
      return runRetention({ ...stores, knowledge: createKnowledge(config, cloud) }, options)
    },
  }).handler
})
