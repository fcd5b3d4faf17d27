import type { KnowledgePorts, LambdaConfig, ToolServices, WorkflowStepPorts } from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { createWorkflowStepHandler, workspaceOfExecution } from '../handlers/workflow-step'
import { lazy } from '../lazy'
import { createChatSettings } from './chat'
import {
  type CloudStores,
  createCloudStores,
  createKnowledge,
  createToolServices,
} from './knowledge'

/**
 * What the workflow-step function runs nodes with: the API's chat models, the workspace's
 * profiles, prompts and agents, read-only knowledge, the tool catalog (credentials under KMS),
 * and the execution store, which scopes each step to its workspace and records its node runs.
 */
export function createWorkflowStepPorts(
  config: LambdaConfig,
  cloud: CloudStores,
  knowledge: KnowledgePorts = createKnowledge(config, cloud),
  tools: Pick<ToolServices, 'catalog'> = createToolServices(config, cloud, knowledge),
): WorkflowStepPorts {
  const stores = cloud.stores()
  const { prices, ...chat } = createChatSettings(config)
  return {
    workspaceOf: workspaceOfExecution(stores.workflowExecutions),
    chat,
    profiles: stores.profiles,
    prompts: stores.prompts,
    agents: stores.agents,
    knowledge,
    tools: tools.catalog,
    executions: stores.workflowExecutions,
    ...(prices ? { prices } : {}),
  }
}

/** The function behind every Task of every workflow state machine. */
export const workflowStepHandler = lazy(() => {
  const logger = lambdaLogger()
  const config = lambdaConfig()
  const ports = createWorkflowStepPorts(config, createCloudStores(config))
  return createWorkflowStepHandler({ logger, ports }).handler
})
