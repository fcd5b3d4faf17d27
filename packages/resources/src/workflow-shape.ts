/**
 * What the workflow compiler reads of a workflow definition. The definition itself (zod schema,
 * validation) lives in @chatter/core, which this package cannot import; core's
 * `WorkflowDefinition` is assignable to `CompilableWorkflow`, and a test compiles core's
 * templates to keep it so.
 */

export interface CompilableRetry {
  maxAttempts: number
  intervalSeconds: number
  backoffRate: number
}

export interface CompilableTest {
  path: string
  op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'matches' | 'present' | 'absent'
  value?: string | number | boolean | null
}

interface Base {
  id: string
}

interface Fallible extends Base {
  retry?: CompilableRetry
  onError?: string
}

type TaskType = 'llm' | 'retrieval' | 'tool' | 'agent' | 'transform' | 'webhook'

export type CompilableNode =
  | (Fallible & { type: TaskType; timeoutSeconds?: number; config: object })
  | (Base & { type: 'approval'; onError?: string; config: { timeoutSeconds: number } })
  | (Base & {
      type: 'condition'
      config: { rules: readonly (CompilableTest & { next: string })[]; default: string }
    })
  | (Base & {
      type: 'loop'
      config: { body: string; maxIterations: number; until?: readonly CompilableTest[] }
    })
  | (Base & { type: 'wait'; config: { seconds?: number | string; until?: string } })
  | (Fallible & { type: 'parallel'; config: { branches: readonly string[] } })
  | (Fallible & {
      type: 'map'
      config: { itemsPath: string; iterator: string; maxConcurrency: number }
    })

/** `task` = the node types compiled to a Task state. */
export type NodeOf<T extends CompilableNode['type'] | 'task'> = T extends 'task'
  ? Extract<CompilableNode, { type: TaskType | 'approval' }>
  : Extract<CompilableNode, { type: T }>

export interface CompilableWorkflow {
  name: string
  nodes: readonly CompilableNode[]
  edges: readonly { from: string; to: string }[]
}

/**
 * State names the compiler adds to the nodes' own (node ids cannot contain `__`, so these never
 * collide with a node).
 */
export const workflowStateNames = {
  start: 'Workflow__Start',
  failed: 'Workflow__Failed',
  /** The Fail state of the branch or iteration starting at `start`. */
  scopeFailed: (start: string) => `${start}__failed`,
  loop: (id: string) => ({ init: `${id}__init`, next: `${id}__next`, exit: `${id}__exit` }),
}
