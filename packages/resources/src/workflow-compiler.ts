import type { CatchRule, RetryRule, State, StateMachineDefinition, TaskState } from './asl'
import { holds } from './workflow-choice'
import {
  type CompilableNode,
  type CompilableWorkflow,
  type NodeOf,
  workflowStateNames,
} from './workflow-shape'

export { holds } from './workflow-choice'
export * from './workflow-shape'

export interface CompileWorkflowOptions {
  /** The workflow-step Lambda function every Task invokes. */
  stepFunctionArn: string
  /** A limit on the whole execution. */
  timeoutSeconds?: number
}

const lambdaTransient: RetryRule = {
  ErrorEquals: [
    'Lambda.ServiceException',
    'Lambda.AWSLambdaException',
    'Lambda.SdkClientException',
    'Lambda.TooManyRequestsException',
  ],
  IntervalSeconds: 2,
  MaxAttempts: 3,
  BackoffRate: 2,
}

/** The resource of an approval: invoke the step function, then wait for SendTaskSuccess. */
export const waitForTaskTokenResource = 'arn:aws:states:::lambda:invoke.waitForTaskToken'

/**
 * Compiles a validated workflow (core's `checkWorkflow`) to a JSONPath-mode state machine.
 * Execution state: `{ input, nodes: { <id>: output }, loops: { <id>: { count } }, errors: { <id> } }`;
 * start it with the workflow's input as the execution input. Each executable node is a Task
 * invoking `stepFunctionArn` with `{ node: { id, type, config }, input: <state>, execution }`
 * (an approval also gets `taskToken`, wrapped in `Payload`); its result lands in `$.nodes.<id>`.
 * Condition -> Choice, loop -> Choice counting `$.loops.<id>.count`, wait -> Wait,
 * map -> Map (INLINE, one iteration per item with `{ item, index, input, nodes }`),
 * parallel -> Parallel. A branch or iteration outputs its `nodes`, so `$.nodes.<map>[k].<id>`.
 * Once retries are exhausted, a node goes to its `onError` node, or fails the workflow.
 * @example compileWorkflow(definition, { stepFunctionArn: resources.workflowStepArn })
 */
export function compileWorkflow(
  workflow: CompilableWorkflow,
  options: CompileWorkflowOptions,
): StateMachineDefinition {
  const byId = new Map(workflow.nodes.map((node) => [node.id, node]))
  const nextOf = new Map(workflow.edges.map((edge) => [edge.from, edge.to]))
  const start = startOf(workflow, byId, nextOf)
  const compiler = new ScopeCompiler(byId, nextOf, options.stepFunctionArn)
  const body = compiler.scope(start, false)
  return {
    Comment: `Workflow "${workflow.name}"`,
    StartAt: workflowStateNames.start,
    ...(options.timeoutSeconds === undefined ? {} : { TimeoutSeconds: options.timeoutSeconds }),
    States: {
      [workflowStateNames.start]: {
        Type: 'Pass',
        Comment: 'The workflow input, and where node outputs accumulate.',
        Parameters: { 'input.$': '$', nodes: {} },
        Next: body.StartAt,
      },
      ...body.States,
    },
  }
}

/**
 * The node nothing leads to, not counting the edges that close a loop (from its body back to
 * the loop node).
 */
function startOf(
  workflow: CompilableWorkflow,
  byId: Map<string, CompilableNode>,
  nextOf: Map<string, string>,
): string {
  const flowFrom = (id: string) => {
    const node = byId.get(id)
    const next = nextOf.get(id)
    const config =
      node === undefined || node.type === 'parallel' || node.type === 'map' ? [] : targetsOf(node)
    return next === undefined ? config : [next, ...config]
  }
  const targeted = new Set<string>()
  for (const node of workflow.nodes) for (const to of targetsOf(node)) targeted.add(to)
  for (const node of workflow.nodes) {
    const next = nextOf.get(node.id)
    if (next === undefined) continue
    const target = byId.get(next)
    if (target?.type === 'loop' && inBody(target.id, target.config.body, node.id, flowFrom))
      continue
    targeted.add(next)
  }
  const start = workflow.nodes.find((node) => !targeted.has(node.id))
  if (start === undefined) throw new Error(`Workflow "${workflow.name}" has no start node.`)
  return start.id
}

/** Whether `id` is reachable from a loop's `body` without passing through the loop node. */
function inBody(loop: string, body: string, id: string, flowFrom: (id: string) => string[]) {
  const seen = new Set([loop, body])
  const queue = [body]
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at === id) return true
    for (const to of flowFrom(at)) {
      if (!seen.has(to)) {
        seen.add(to)
        queue.push(to)
      }
    }
  }
  return false
}

/** Targets a node names in its config (parallel branches and map iterators start other scopes). */
function targetsOf(node: CompilableNode): string[] {
  const onError = 'onError' in node && node.onError !== undefined ? [node.onError] : []
  switch (node.type) {
    case 'condition':
      return [...onError, ...node.config.rules.map((rule) => rule.next), node.config.default]
    case 'loop':
      return [node.config.body]
    case 'parallel':
      return [...onError, ...node.config.branches]
    case 'map':
      return [...onError, node.config.iterator]
    default:
      return onError
  }
}

/** The states of one scope being built: the workflow, a parallel branch, a map iteration. */
interface Scope {
  states: Record<string, State>
  nested: boolean
  /** The Fail state a node without `onError` goes to (state names are unique machine-wide). */
  failed: string
}

class ScopeCompiler {
  constructor(
    private readonly byId: Map<string, CompilableNode>,
    private readonly nextOf: Map<string, string>,
    private readonly arn: string,
  ) {}

  /** The states of the scope starting at `start`; a nested one ends by outputting its `nodes`. */
  scope(start: string, nested: boolean): StateMachineDefinition {
    const states: Record<string, State> = {}
    const scope: Scope = {
      states,
      nested,
      failed: nested ? workflowStateNames.scopeFailed(start) : workflowStateNames.failed,
    }
    const queue = [start]
    const seen = new Set(queue)
    const visit = (id: string | undefined) => {
      if (id !== undefined && !seen.has(id)) {
        seen.add(id)
        queue.push(id)
      }
    }
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const node = this.byId.get(id)
      if (node === undefined) throw new Error(`No node "${id}"; validate the workflow first.`)
      Object.assign(states, this.node(node, scope))
      visit(this.nextOf.get(id))
      if (node.type !== 'parallel' && node.type !== 'map') targetsOf(node).forEach(visit)
      else if (node.onError !== undefined) visit(node.onError)
    }
    return { StartAt: start, States: states }
  }

  /** `Next` to the node's edge target, or the end of its scope. */
  private flow(id: string, nested: boolean, after = this.nextOf.get(id)) {
    if (after !== undefined) return { Next: after }
    return nested ? { OutputPath: '$.nodes', End: true as const } : { End: true as const }
  }

  private onFailure(node: CompilableNode, { states, failed }: Scope) {
    const retry: RetryRule[] = [lambdaTransient]
    const catches: CatchRule[] = []
    if ('retry' in node && node.retry !== undefined) {
      retry.push({
        ErrorEquals: ['States.ALL'],
        MaxAttempts: node.retry.maxAttempts,
        IntervalSeconds: node.retry.intervalSeconds,
        BackoffRate: node.retry.backoffRate,
      })
    }
    let next = 'onError' in node ? node.onError : undefined
    if (next === undefined) {
      next = failed
      states[next] = {
        Type: 'Fail',
        Error: 'WorkflowNodeFailed',
        Cause: 'A workflow node failed after its retries; its error is in the execution history.',
      }
    }
    catches.push({ ErrorEquals: ['States.ALL'], ResultPath: `$.errors.${node.id}`, Next: next })
    return { Retry: retry, Catch: catches }
  }

  private node(node: CompilableNode, scope: Scope) {
    const { id } = node
    const { nested } = scope
    switch (node.type) {
      case 'condition':
        return {
          [id]: {
            Type: 'Choice' as const,
            Choices: node.config.rules.map((rule) => ({ ...holds(rule), Next: rule.next })),
            Default: node.config.default,
          },
        }
      case 'loop':
        return loopStates(node, this.flow(id, nested))
      case 'wait': {
        const { seconds, until } = node.config
        const when =
          seconds !== undefined
            ? typeof seconds === 'number'
              ? { Seconds: seconds }
              : { SecondsPath: seconds }
            : until?.startsWith('$')
              ? { TimestampPath: until }
              : { Timestamp: until }
        return { [id]: { Type: 'Wait' as const, ...when, ...this.flow(id, nested) } }
      }
      case 'map':
        return {
          [id]: {
            Type: 'Map' as const,
            ItemsPath: node.config.itemsPath,
            ItemSelector: {
              'item.$': '$$.Map.Item.Value',
              'index.$': '$$.Map.Item.Index',
              'input.$': '$.input',
              nodes: {},
            },
            MaxConcurrency: node.config.maxConcurrency,
            ItemProcessor: {
              ProcessorConfig: { Mode: 'INLINE' as const },
              ...this.scope(node.config.iterator, true),
            },
            ResultPath: `$.nodes.${id}`,
            ...this.onFailure(node, scope),
            ...this.flow(id, nested),
          },
        }
      case 'parallel':
        return {
          [id]: {
            Type: 'Parallel' as const,
            Branches: node.config.branches.map((start) => this.scope(start, true)),
            ResultPath: `$.nodes.${id}`,
            ...this.onFailure(node, scope),
            ...this.flow(id, nested),
          },
        }
      default:
        return { [id]: this.task(node, scope) }
    }
  }

  private task(node: NodeOf<'task'>, scope: Scope): TaskState {
    const payload = {
      node: { id: node.id, type: node.type, config: plain(node.config) },
      'input.$': '$',
      'execution.$': '$$.Execution.Id',
    }
    const common = {
      Type: 'Task' as const,
      ResultPath: `$.nodes.${node.id}`,
      ...this.onFailure(node, scope),
      ...this.flow(node.id, scope.nested),
    }
    if (node.type === 'approval') {
      return {
        ...common,
        Resource: waitForTaskTokenResource,
        Parameters: {
          FunctionName: this.arn,
          Payload: { ...payload, 'taskToken.$': '$$.Task.Token' },
        },
        TimeoutSeconds: node.config.timeoutSeconds,
      }
    }
    const timeout = 'timeoutSeconds' in node ? node.timeoutSeconds : undefined
    return {
      ...common,
      Resource: this.arn,
      Parameters: payload,
      ...(timeout === undefined ? {} : { TimeoutSeconds: timeout }),
    }
  }
}

/** A node's config as JSON (no `undefined` fields). */
const plain = (config: object): unknown => JSON.parse(JSON.stringify(config))

/** The states of a loop: count iterations in `$.loops.<id>`, run the body, leave when done. */
function loopStates(node: NodeOf<'loop'>, exit: { Next: string } | { End: true }) {
  const { id } = node
  const counter = `$.loops.${id}.count`
  const names = workflowStateNames.loop(id)
  const states: Record<string, State> = {
    [id]: {
      Type: 'Choice',
      Choices: [
        { Not: { Variable: counter, IsPresent: true }, Next: names.init },
        ...(node.config.until ?? []).map((test) => ({ ...holds(test), Next: names.exit })),
        {
          Variable: counter,
          NumericGreaterThanEquals: node.config.maxIterations,
          Next: names.exit,
        },
      ],
      Default: names.next,
    },
    [names.init]: {
      Type: 'Pass',
      Result: { count: 0 },
      ResultPath: `$.loops.${id}`,
      Next: id,
    },
    [names.next]: {
      Type: 'Pass',
      Parameters: { 'count.$': `States.MathAdd(${counter}, 1)` },
      ResultPath: `$.loops.${id}`,
      Next: node.config.body,
    },
    // Reset, so that an enclosing loop can run this one again; `last` keeps the count.
    [names.exit]: {
      Type: 'Pass',
      Parameters: { count: 0, 'last.$': counter },
      ResultPath: `$.loops.${id}`,
      ...exit,
    },
  }
  return states
}
