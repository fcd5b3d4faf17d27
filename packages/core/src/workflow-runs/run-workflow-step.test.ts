import { describe, expect, it } from 'vitest'
import { transientErrorName } from '../documents/ingest/ingest-errors'
import type { Tool } from '../ports/tools'
import { resolverOf, ScriptedChatModel } from '../testing'
import { InMemoryProfiles } from '../testing/in-memory-profiles'
import { runWorkflowStep } from './run-workflow-step'
import type { WorkflowStepPorts } from './workflow-step-ports'

const execution = 'arn:aws:states:us-east-1:000000000000:execution:wf:run-1'
const state = { input: { q: 'refunds', n: 3 }, nodes: { search: { hits: [{ id: 'h1' }] } } }
const step = (type: string, config: object) => ({
  node: { id: 'node', type, config },
  input: state,
  execution,
})

function portsWith(extra: Partial<WorkflowStepPorts> = {}): WorkflowStepPorts {
  return {
    workspaceOf: async (id) => (id === execution ? 'ws_1' : undefined),
    chat: {
      models: resolverOf({ local: new ScriptedChatModel('local', () => ({ text: 'ok' })) }),
      defaultModel: { provider: 'local', modelId: 'm1' },
    },
    profiles: new InMemoryProfiles(),
    ...extra,
  }
}

const tool = (answer: { content: string; isError: boolean }, calls: unknown[] = []): Tool => ({
  name: 'lookup',
  description: 'Looks up',
  inputSchema: { type: 'object' },
  source: { type: 'builtin' },
  call: async (input) => {
    calls.push(input)
    return answer
  },
})

const fails = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: Error) => error,
  )

describe('runWorkflowStep', () => {
  it('transforms: a JSONPath reads a value as is, anything else renders as a template', async () => {
    const output = await runWorkflowStep(
      portsWith(),
      step('transform', {
        set: { first: '$.nodes.search.hits[0]', line: 'q={{ $.input.q }}/{{ $.input.n }}' },
      }),
    )
    expect(output).toEqual({ first: { id: 'h1' }, line: 'q=refunds/3' })
  })

  it('calls a tool with rendered arguments and parses a JSON answer', async () => {
    const calls: unknown[] = []
    const tools = {
      toolsFor: async () => [tool({ content: '{"found":2}', isError: false }, calls)],
    }
    const output = await runWorkflowStep(
      portsWith({ tools }),
      step('tool', { tool: 'lookup', arguments: { query: 'about {{ $.input.q }}', limit: 5 } }),
    )
    expect(calls).toEqual([{ query: 'about refunds', limit: 5 }])
    expect(output).toEqual({ content: '{"found":2}', data: { found: 2 } })
  })

  it('fails a tool answering isError as ToolCallFailed, so the node retries and catches', async () => {
    const tools = { toolsFor: async () => [tool({ content: 'quota exceeded', isError: true })] }
    const error = await fails(
      runWorkflowStep(portsWith({ tools }), step('tool', { tool: 'lookup' })),
    )
    expect(error).toMatchObject({ name: 'ToolCallFailed', message: 'quota exceeded' })
  })

  it('names a webhook 5xx TransientError and a 4xx WebhookRejected; returns a 2xx body', async () => {
    const sent: RequestInit[] = []
    const answering = (status: number, body = '') =>
      portsWith({
        fetch: async (_url, init) => {
          sent.push(init ?? {})
          return new Response(body, { status })
        },
      })
    const config = { url: 'https://hooks.example.com/x', body: '{"q": "{{ $.input.q }}"}' }
    expect(await runWorkflowStep(answering(200, '{"ok":true}'), step('webhook', config))).toEqual({
      status: 200,
      body: { ok: true },
    })
    expect(sent[0]).toMatchObject({ method: 'POST', body: '{"q": "refunds"}' })
    expect(await fails(runWorkflowStep(answering(503), step('webhook', config)))).toMatchObject({
      name: transientErrorName,
    })
    expect(await fails(runWorkflowStep(answering(404), step('webhook', config)))).toMatchObject({
      name: 'WebhookRejected',
    })
  })

  it('names a model failing mid-answer TransientError', async () => {
    const broken = new ScriptedChatModel('local', () => ({ text: 'a b c', failAfterDeltas: 1 }))
    const ports = portsWith({
      chat: {
        models: resolverOf({ local: broken }),
        defaultModel: { provider: 'local', modelId: 'm1' },
      },
    })
    const error = await fails(runWorkflowStep(ports, step('llm', { prompt: 'Hi' })))
    expect(error.name).toBe(transientErrorName)
  })

  it('rejects a malformed payload, an unknown execution and an approval with clear names', async () => {
    expect(await fails(runWorkflowStep(portsWith(), { node: { id: 'x' } }))).toMatchObject({
      name: 'WorkflowStepInvalid',
    })
    const elsewhere = { ...step('transform', { set: { a: 'b' } }), execution: 'other' }
    expect(await fails(runWorkflowStep(portsWith(), elsewhere))).toMatchObject({
      name: 'WorkflowExecutionUnknown',
    })
    const approval = step('approval', { message: 'Ship?', timeoutSeconds: 60 })
    expect(await fails(runWorkflowStep(portsWith(), approval))).toMatchObject({
      name: 'WorkflowStepUnsupported',
    })
  })
})
