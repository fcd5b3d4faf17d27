import {
  defaultWorkflowLimits,
  validateWorkflow,
  type WorkflowDefinitionInput,
  workflowDefinitionSchema,
  workflowTemplates,
} from '@chatter/core'
import { LocalStateMachineRunner, type LocalTaskHandler, waitForExecution } from '@chatter/local'
import type { ChoiceState, MapState, ParallelState, TaskState } from '@chatter/resources'
import { compileWorkflow, holds } from '@chatter/resources'
import aslValidator from 'asl-validator'
import { describe, expect, it } from 'vitest'
import { allStates, structureProblems } from './asl-structure'

const arn = 'arn:aws:lambda:us-east-1:000000000000:function:chatter-workflow-step'
const compile = (input: WorkflowDefinitionInput) =>
  compileWorkflow(workflowDefinitionSchema.parse(input), { stepFunctionArn: arn })

const aslErrors = (definition: object) => {
  const result = aslValidator(structuredClone(definition), { checkArn: true, checkPaths: true })
  return result.isValid
    ? []
    : result.errors.map((error) => `${error['Error code']}: ${error.Message}`)
}

const aslType = {
  llm: 'Task',
  retrieval: 'Task',
  tool: 'Task',
  agent: 'Task',
  transform: 'Task',
  webhook: 'Task',
  approval: 'Task',
  condition: 'Choice',
  loop: 'Choice',
  wait: 'Wait',
  map: 'Map',
  parallel: 'Parallel',
} as const

const anything = {
  tools: [],
  profiles: () => true,
  prompts: () => true,
  agents: () => true,
  documents: () => true,
}

describe('compiling the built-in templates', () => {
  for (const template of workflowTemplates) {
    it(`${template.id}: valid, compiles to ASL that asl-validator accepts, one state per node`, async () => {
      const { id: _id, ...definition } = template
      expect(
        await validateWorkflow(definition, { ...anything, limits: defaultWorkflowLimits }),
      ).toEqual([])
      const machine = compileWorkflow(template, { stepFunctionArn: arn })

      expect(aslErrors(machine)).toEqual([])
      expect(structureProblems(machine, arn)).toEqual([])
      const states = allStates(machine)
      for (const node of template.nodes) expect(states[node.id]?.Type).toBe(aslType[node.type])
      expect(machine.States[machine.StartAt]).toMatchObject({
        Type: 'Pass',
        Parameters: { 'input.$': '$' },
      })
    })
  }

  const machineOf = (id: string) => {
    const template = workflowTemplates.find((t) => t.id === id)
    if (!template) throw new Error(id)
    return compileWorkflow(template, { stepFunctionArn: arn })
  }

  it('summarize-document: retrieval then llm, each retried, the llm with its timeout', () => {
    const { States } = machineOf('summarize-document')
    const passages = States.passages as TaskState
    const summary = States.summary as TaskState
    expect(passages.Next).toBe('summary')
    expect(summary).toMatchObject({ End: true, TimeoutSeconds: 300 })
    expect(summary.Retry?.at(-1)).toEqual({
      ErrorEquals: ['States.ALL'],
      MaxAttempts: 2,
      IntervalSeconds: 2,
      BackoffRate: 2,
    })
    expect(summary.Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.errors.summary', Next: 'Workflow__Failed' },
    ])
    expect(States.Workflow__Failed?.Type).toBe('Fail')
  })

  it('answer-with-retrieval-then-self-review: the verdict is a Choice between revise and approved', () => {
    const { States } = machineOf('answer-with-retrieval-then-self-review')
    expect((States.review as TaskState).Next).toBe('verdict')
    const verdict = States.verdict as ChoiceState
    expect(verdict.Default).toBe('approved')
    expect(verdict.Choices).toHaveLength(1)
    expect(verdict.Choices[0]?.Next).toBe('revise')
    expect(verdict.Choices[0]?.And).toContainEqual({
      Variable: '$.nodes.review.review.verdict',
      StringEquals: 'revise',
    })
    expect((States.revise as TaskState).End).toBe(true)
    expect((States.approved as TaskState).End).toBe(true)
  })

  it('triage-and-route-to-agent: one Choice rule per category, the rest to the general agent', () => {
    const { States } = machineOf('triage-and-route-to-agent')
    const route = States.route as ChoiceState
    expect(route.Choices.map((rule) => rule.Next)).toEqual(['billing', 'technical'])
    expect(route.Default).toBe('general')
    for (const agent of ['billing', 'technical', 'general']) {
      expect((States[agent] as TaskState).Parameters).toMatchObject({ node: { type: 'agent' } })
    }
  })

  it('daily-digest: a Parallel whose first branch maps over the topics, joined by the digest', () => {
    const { States } = machineOf('daily-digest')
    const gather = States.gather as ParallelState
    expect(gather).toMatchObject({ ResultPath: '$.nodes.gather', Next: 'digest' })
    expect(gather.Branches.map((branch) => branch.StartAt)).toEqual(['per_topic', 'latest'])
    const map = gather.Branches[0]?.States.per_topic as MapState
    expect(map).toMatchObject({
      ItemsPath: '$.input.topics',
      MaxConcurrency: 3,
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'topic_sources' },
      ItemSelector: { 'item.$': '$$.Map.Item.Value' },
    })
    expect(map.ItemProcessor.States.topic_brief).toMatchObject({ End: true, OutputPath: '$.nodes' })
    expect(gather.Branches[1]?.States.latest).toMatchObject({ End: true, OutputPath: '$.nodes' })
  })
})

/** Every node type at once: a loop with an early exit, wait, approval, webhook, a caught failure. */
const everything: WorkflowDefinitionInput = {
  name: 'Everything',
  nodes: [
    { id: 'prepare', type: 'transform', config: { set: { tries: '$.input.tries' } } },
    {
      id: 'attempts',
      type: 'loop',
      config: {
        body: 'attempt',
        maxIterations: 3,
        until: [{ path: '$.nodes.attempt.ok', op: 'eq', value: true }],
      },
    },
    {
      id: 'attempt',
      type: 'tool',
      config: { tool: 'web_search', arguments: { q: '{{ $.input.q }}' } },
      onError: 'recover',
      timeoutSeconds: 20,
    },
    { id: 'recover', type: 'transform', config: { set: { ok: 'false' } } },
    { id: 'pause', type: 'wait', config: { seconds: 5 } },
    { id: 'sign_off', type: 'approval', config: { message: 'Ship it?', timeoutSeconds: 3600 } },
    {
      id: 'notify',
      type: 'webhook',
      config: { url: 'https://hooks.example.com/x', body: '{{ $.nodes.attempt }}' },
      retry: { maxAttempts: 3 },
    },
  ],
  edges: [
    { from: 'prepare', to: 'attempts' },
    { from: 'attempt', to: 'attempts' },
    { from: 'recover', to: 'attempts' },
    { from: 'attempts', to: 'pause' },
    { from: 'pause', to: 'sign_off' },
    { from: 'sign_off', to: 'notify' },
  ],
}

describe('compiling each node type', () => {
  it('compiles a definition with every control node to valid, well-formed ASL', async () => {
    expect(await validateWorkflow(everything, { ...anything, tools: ['web_search'] })).toEqual([])
    const machine = compile(everything)
    expect(aslErrors(machine)).toEqual([])
    expect(structureProblems(machine, arn)).toEqual([])
  })

  it('counts loop iterations in $.loops.<id> and leaves when done or when `until` holds', () => {
    const { States } = compile(everything)
    const loop = States.attempts as ChoiceState
    expect(loop.Choices[0]).toEqual({
      Not: { Variable: '$.loops.attempts.count', IsPresent: true },
      Next: 'attempts__init',
    })
    expect(loop.Choices[1]).toMatchObject({ Next: 'attempts__exit' })
    expect(loop.Choices[2]).toEqual({
      Variable: '$.loops.attempts.count',
      NumericGreaterThanEquals: 3,
      Next: 'attempts__exit',
    })
    expect(loop.Default).toBe('attempts__next')
    expect(States.attempts__next).toMatchObject({
      Type: 'Pass',
      Next: 'attempt',
      ResultPath: '$.loops.attempts',
    })
    expect(States.attempts__exit).toMatchObject({ Type: 'Pass', Next: 'pause' })
  })

  it('sends a failed node to its onError node and others to the Fail state', () => {
    const { States } = compile(everything)
    expect((States.attempt as TaskState).Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.errors.attempt', Next: 'recover' },
    ])
    expect((States.attempt as TaskState).TimeoutSeconds).toBe(20)
    expect((States.notify as TaskState).Catch?.[0]?.Next).toBe('Workflow__Failed')
    expect((States.notify as TaskState).Retry?.at(-1)).toMatchObject({
      MaxAttempts: 3,
      IntervalSeconds: 1,
      BackoffRate: 2,
    })
  })

  it('makes an approval wait for its task token, up to its timeout', () => {
    const approval = compile(everything).States.sign_off as TaskState
    expect(approval.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken')
    expect(approval.TimeoutSeconds).toBe(3600)
    expect(approval.Parameters).toMatchObject({
      FunctionName: arn,
      Payload: {
        'taskToken.$': '$$.Task.Token',
        'input.$': '$',
        node: { id: 'sign_off', type: 'approval' },
      },
    })
  })

  it('compiles waits by seconds, by timestamp and by path', () => {
    const wait = (config: object) =>
      compile({ name: 'w', nodes: [{ id: 'w', type: 'wait', config }] }).States.w
    expect(wait({ seconds: 5 })).toMatchObject({ Type: 'Wait', Seconds: 5, End: true })
    expect(wait({ seconds: '$.input.delay' })).toMatchObject({ SecondsPath: '$.input.delay' })
    expect(wait({ until: '2030-01-01T00:00:00Z' })).toMatchObject({
      Timestamp: '2030-01-01T00:00:00Z',
    })
    expect(wait({ until: '$.input.at' })).toMatchObject({ TimestampPath: '$.input.at' })
  })

  it('guards each comparison by presence and type, as Step Functions errs on a missing value', () => {
    expect(holds({ path: '$.a', op: 'gt', value: 3 })).toEqual({
      And: [
        { Variable: '$.a', IsPresent: true },
        { Variable: '$.a', IsNumeric: true },
        { Variable: '$.a', NumericGreaterThan: 3 },
      ],
    })
    expect(holds({ path: '$.a', op: 'lte', value: 'm' }).And?.[2]).toEqual({
      Variable: '$.a',
      StringLessThanEquals: 'm',
    })
    expect(holds({ path: '$.a', op: 'ne', value: true }).Not?.And?.[2]).toEqual({
      Variable: '$.a',
      BooleanEquals: true,
    })
    expect(holds({ path: '$.a', op: 'matches', value: 'err*' }).And?.[2]).toEqual({
      Variable: '$.a',
      StringMatches: 'err*',
    })
    expect(holds({ path: '$.a', op: 'eq', value: null })).toEqual({
      And: [
        { Variable: '$.a', IsPresent: true },
        { Variable: '$.a', IsNull: true },
      ],
    })
    expect(holds({ path: '$.a', op: 'absent' })).toEqual({ Variable: '$.a', IsPresent: false })
  })
})

describe('compiled control flow on the local runner', () => {
  it('runs a loop body until `until` holds, then leaves with the count kept', async () => {
    const definition: WorkflowDefinitionInput = {
      name: 'Retry until ok',
      nodes: [
        {
          id: 'tries',
          type: 'loop',
          config: {
            body: 'attempt',
            maxIterations: 5,
            until: [{ path: '$.nodes.attempt.ok', op: 'eq', value: true }],
          },
        },
        { id: 'attempt', type: 'tool', config: { tool: 't' } },
        {
          id: 'check',
          type: 'condition',
          config: {
            rules: [{ path: '$.nodes.attempt.n', op: 'gte', value: 2, next: 'big' }],
            default: 'small',
          },
        },
        { id: 'big', type: 'transform', config: { set: { size: 'big' } } },
        { id: 'small', type: 'transform', config: { set: { size: 'small' } } },
      ],
      edges: [
        { from: 'attempt', to: 'tries' },
        { from: 'tries', to: 'check' },
      ],
    }
    let calls = 0
    const handlers: Record<string, LocalTaskHandler> = {
      attempt: async () => {
        calls += 1
        return { ok: calls === 3, n: calls }
      },
      big: async () => ({ size: 'big' }),
      small: async () => ({ size: 'small' }),
    }
    const runner = new LocalStateMachineRunner()
    runner.register('workflow-loop', compile(definition), handlers)
    const { executionArn } = await runner.start('workflow-loop', { q: 'x' })
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })

    expect(done.status).toBe('SUCCEEDED')
    expect(calls).toBe(3)
    expect(done.output).toMatchObject({
      input: { q: 'x' },
      nodes: { attempt: { ok: true, n: 3 }, big: { size: 'big' } },
      loops: { tries: { count: 0, last: 3 } },
    })
  })

  it('maps over a list, each iteration outputting its own nodes', async () => {
    const definition: WorkflowDefinitionInput = {
      name: 'Map',
      nodes: [
        {
          id: 'each',
          type: 'map',
          config: { itemsPath: '$.input.items', iterator: 'double', maxConcurrency: 2 },
        },
        { id: 'double', type: 'transform', config: { set: { value: '$.item' } } },
      ],
      edges: [],
    }
    const runner = new LocalStateMachineRunner()
    runner.register('workflow-map', compile(definition), {
      double: async (input) => ({ value: (input as { input: { item: number } }).input.item * 2 }),
    })
    const { executionArn } = await runner.start('workflow-map', { items: [1, 2, 3] })
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })
    expect(done.status).toBe('SUCCEEDED')
    expect((done.output as { nodes: { each: unknown } }).nodes.each).toEqual([
      { double: { value: 2 } },
      { double: { value: 4 } },
      { double: { value: 6 } },
    ])
  })

  it('retries a failing node, then takes its onError path with the error recorded', async () => {
    const definition: WorkflowDefinitionInput = {
      name: 'Fallback',
      nodes: [
        {
          id: 'call',
          type: 'tool',
          config: { tool: 't' },
          retry: { maxAttempts: 2 },
          onError: 'fallback',
        },
        { id: 'fallback', type: 'transform', config: { set: { used: 'fallback' } } },
      ],
      edges: [],
    }
    let attempts = 0
    const runner = new LocalStateMachineRunner({ retryIntervalMs: 0 })
    runner.register('workflow-fallback', compile(definition), {
      call: async () => {
        attempts += 1
        throw Object.assign(new Error('tool down'), { name: 'ToolError' })
      },
      fallback: async () => ({ used: 'fallback' }),
    })
    const { executionArn } = await runner.start('workflow-fallback', {})
    const done = await waitForExecution(runner, executionArn, { timeoutMs: 5_000 })

    expect(done.status).toBe('SUCCEEDED')
    expect(attempts).toBe(1 + 2)
    expect(done.output).toMatchObject({
      nodes: { fallback: { used: 'fallback' } },
      errors: { call: { Error: 'ToolError' } },
    })
  })
})
