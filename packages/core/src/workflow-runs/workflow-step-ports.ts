import type { ChatEngineSettings } from '../chat/chat-ports'
import type { PriceTable } from '../chat/prices'
import type { KnowledgePorts } from '../documents/knowledge-ports'
import type { AgentRepository } from '../ports/agent-repository'
import type { ProfileRepository } from '../ports/profile-repository'
import type { PromptRepository } from '../ports/prompt-repository'
import type { ToolCatalog } from '../ports/tools'
import type { WorkflowExecutionRepository } from '../ports/workflow-execution-repository'

/** What the workflow-step function needs; a node whose port is absent fails as unsupported. */
export interface WorkflowStepPorts {
  /** The workspace an execution runs in (from its execution record), by execution id. */
  workspaceOf(execution: string): Promise<string | undefined>
  /** The models and the runtime's default one, as answers use them. */
  chat: Pick<ChatEngineSettings, 'models' | 'defaultModel'>
  profiles: Pick<ProfileRepository, 'get' | 'getDefault'>
  prompts?: Pick<PromptRepository, 'get' | 'countUse'>
  agents?: Pick<AgentRepository, 'get'>
  /** Retrieval nodes and agents with knowledge search it, read-only (no search history). */
  knowledge?: KnowledgePorts
  tools?: ToolCatalog
  /** Webhook nodes call out with it; the global `fetch` by default. */
  fetch?: typeof fetch
  /**
   * Where each node run (duration, output, tokens, cost) and each approval is recorded; without
   * it nothing is recorded and approval nodes fail as unsupported.
   */
  executions?: Pick<WorkflowExecutionRepository, 'putNodeRun' | 'putApproval'>
  /** Model prices over the built-in table, for the cost of node runs. */
  prices?: PriceTable
  clock?: () => Date
}

/** One step's run: the workspace it acts in and the signal that ends it (the Task's timeout). */
export interface WorkflowStepContext {
  workspaceId: string
  execution: string
  state: Record<string, unknown>
  signal?: AbortSignal
  now: Date
}
