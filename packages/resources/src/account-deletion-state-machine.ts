import type { RetryRule, StateMachineDefinition } from './asl'
import { stateMachines } from './resources'

/** The steps the account-deletion-step function performs; each Task passes its name as `step`. */
export const accountDeletionSteps = [
  'block',
  'workspace',
  'preferences',
  'forget',
  'record',
] as const

// Every step can run twice (what is gone is not found again), so any error is retried.
const retry: RetryRule[] = [
  { ErrorEquals: ['States.ALL'], IntervalSeconds: 5, MaxAttempts: 3, BackoffRate: 2 },
]

/**
 * Deleting one account: block sign-in (and plan each workspace) -> Map over the workspaces
 * (delete the ones owned alone, leave the others) -> preferences -> forget the user -> record
 * `account.deleted` in each workspace. Every Task invokes the same function (`taskResource`).
 * Input: `{ userId, requestedAt }`.
 */
export function accountDeletionStateMachine(taskResource: string): StateMachineDefinition {
  return {
    Comment: 'Delete one account: block, delete or leave each workspace, forget the user.',
    StartAt: 'Block',
    TimeoutSeconds: stateMachines.accountDeletion.timeoutSeconds,
    States: {
      Block: {
        Type: 'Task',
        Resource: taskResource,
        Parameters: { step: 'block', 'userId.$': '$.userId' },
        ResultPath: '$.plan',
        Retry: retry,
        Next: 'Workspaces',
      },
      Workspaces: {
        Type: 'Map',
        ItemsPath: '$.plan.workspaces',
        ItemSelector: { 'userId.$': '$.userId', 'workspace.$': '$$.Map.Item.Value' },
        MaxConcurrency: 2,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'Workspace',
          States: {
            Workspace: {
              Type: 'Task',
              Resource: taskResource,
              Parameters: {
                step: 'workspace',
                'userId.$': '$.userId',
                'workspace.$': '$.workspace',
              },
              Retry: retry,
              End: true,
            },
          },
        },
        ResultPath: '$.workspaces',
        Next: 'Preferences',
      },
      Preferences: {
        Type: 'Task',
        Resource: taskResource,
        Parameters: { step: 'preferences', 'userId.$': '$.userId' },
        ResultPath: null,
        Retry: retry,
        Next: 'Forget',
      },
      Forget: {
        Type: 'Task',
        Resource: taskResource,
        Parameters: { step: 'forget', 'userId.$': '$.userId' },
        ResultPath: null,
        Retry: retry,
        Next: 'Record',
      },
      Record: {
        Type: 'Task',
        Resource: taskResource,
        Parameters: { step: 'record', 'userId.$': '$.userId', 'workspaces.$': '$.plan.workspaces' },
        Retry: retry,
        End: true,
      },
    },
  }
}
