import type { PriceTable } from '../chat/prices'
import type { AuditLog } from '../ports/audit-log'
import type { PlatformEvents } from '../ports/platform-events'
import type { StateMachineRunner } from '../ports/state-machine-runner'
import type {
  WorkflowExecutionRepository,
  WorkflowTriggerStore,
} from '../ports/workflow-execution-repository'
import type { WorkflowMachines } from '../ports/workflow-machines'
import type { WorkflowRepository } from '../ports/workflow-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'

/** What runs workflows in a runtime: each composition root builds this once. */
export interface WorkflowRunServices {
  executions: WorkflowExecutionRepository
  triggers: WorkflowTriggerStore
  /** One state machine per workflow version (template definition). */
  machines: WorkflowMachines
  /** Starts, describes and stops executions by the ARN `machines.ensure` gives. */
  runner: StateMachineRunner
}

/** What the execution use cases need. */
export interface WorkflowRunPorts extends WorkflowRunServices {
  workflows: Pick<WorkflowRepository, 'get' | 'getVersion'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
  /** Prices of models (USD per million tokens) over the built-in table, for execution costs. */
  prices?: PriceTable
  /** Told `workflow.succeeded` / `workflow.failed` when an execution's end is recorded. */
  events?: PlatformEvents
  clock?: () => Date
}
