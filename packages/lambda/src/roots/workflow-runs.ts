import {
  DomainError,
  type LambdaConfig,
  type TriggerLog,
  type WorkflowMachines,
  type WorkflowRunPorts,
  type WorkflowRunServices,
} from '@chatter/core'
import { deferred } from '../lazy'
import { type CloudStores, stateMachineRunnerOf } from './knowledge'

/**
 * What runs workflows in AWS: executions and triggers on the table, one Step Functions state
 * machine per workflow version (created on first run), executions through the Step Functions
 * API. The client is made on first use; without WORKFLOW_STEP_FUNCTION_ARN or WORKFLOW_ROLE_ARN
 * every start says which variable is missing (`dependency.unavailable`) instead of failing here.
 */
export function createWorkflowRunServices(
  config: LambdaConfig,
  cloud: CloudStores,
): WorkflowRunServices {
  const stores = cloud.stores()
  const machines = deferred<WorkflowMachines>(
    async () => {
      const stepFunctionArn = required(
        config.WORKFLOW_STEP_FUNCTION_ARN,
        'WORKFLOW_STEP_FUNCTION_ARN',
      )
      const roleArn = required(config.WORKFLOW_ROLE_ARN, 'WORKFLOW_ROLE_ARN')
      const { SfnWorkflowMachines } = await import('@chatter/aws/sfn')
      return new SfnWorkflowMachines({
        client: await cloud.sfn(),
        stepFunctionArn,
        roleArn,
        namePrefix: config.WORKFLOW_STATE_MACHINE_PREFIX,
      })
    },
    { ensure: true, sendTaskSuccess: true, sendTaskFailure: true, remove: true },
  )
  return {
    executions: stores.workflowExecutions,
    triggers: stores.workflowTriggers,
    machines,
    runner: stateMachineRunnerOf(cloud),
  }
}

/** Whether this function is told where workflows run (the ingest functions start none otherwise). */
export const runsWorkflows = (config: LambdaConfig): boolean =>
  Boolean(config.WORKFLOW_STEP_FUNCTION_ARN && config.WORKFLOW_ROLE_ARN)

/**
 * What the trigger use cases need: the run services plus definitions, audit and memberships,
 * and where a triggered workflow that did not start is logged.
 */
export function createWorkflowRunPorts(
  config: LambdaConfig,
  cloud: CloudStores,
  log?: TriggerLog,
): WorkflowRunPorts & { log?: TriggerLog } {
  const stores = cloud.stores()
  return {
    ...createWorkflowRunServices(config, cloud),
    workflows: stores.workflows,
    audit: stores.audit,
    workspaces: stores.workspaces,
    ...(config.MODEL_PRICES ? { prices: config.MODEL_PRICES } : {}),
    ...(log ? { log } : {}),
  }
}

function required(value: string | undefined, name: string): string {
  if (value) return value
  throw new DomainError(
    'dependency.unavailable',
    `Workflows cannot run from this function: ${name} is not set.`,
  )
}
