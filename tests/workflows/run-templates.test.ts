import {
  type ChatRequest,
  runWorkflowStep,
  type WorkflowStepPorts,
  type WorkflowTemplate,
  workflowTemplates,
} from '@chatter/core'
import { resolverOf, ScriptedChatModel } from '@chatter/core/testing'
import { handlerForEveryTask, LocalStateMachineRunner, waitForExecution } from '@chatter/local'
import { compileWorkflow } from '@chatter/resources'
import { describe, expect, it } from 'vitest'
// The search fixture indexes documents the way ingestion does; @chatter/core/testing lacks it.
import { searchWorld } from '../../packages/core/src/search/search-fixture'

const arn = 'arn:aws:lambda:us-east-1:000000000000:function:chatter-workflow-step'

/** Answers by what the prompt asks for, the way each template's nodes word it. */
function scriptedModel(verdict: 'ok' | 'revise' = 'revise') {
  const prompt = (request: ChatRequest) => request.messages.at(-1)?.content ?? ''
  return new ScriptedChatModel('local', (request) => {
    const asked = prompt(request)
    if (request.system?.startsWith('You are the technical'))
      return { text: 'Restart the router, then check the cable.' }
    if (asked.startsWith('Summarize the document'))
      return { text: 'Revenue grew 12% on the back of the new plan [1].' }
    if (asked.startsWith('Answer the question')) return { text: 'Refunds take 14 days [1].' }
    if (asked.startsWith('Review this answer'))
      return { text: JSON.stringify({ verdict, feedback: 'Name the refund policy.' }) }
    if (asked.startsWith('Rewrite the answer'))
      return { text: 'Under the refund policy, refunds take 14 days [1].' }
    if (asked.startsWith('Classify this message'))
      return { text: '```json\n{"category": "technical"}\n```' }
    const brief = /^Write a three-sentence brief on (\w+)/.exec(asked)
    if (brief) return { text: `Brief on ${brief[1]}.` }
    if (asked.startsWith('Compose a daily digest')) return { text: 'Your digest for today.' }
    return { text: `Unexpected prompt: ${asked.slice(0, 40)}` }
  })
}

async function world(verdict?: 'ok' | 'revise') {
  const w = await searchWorld()
  const report = await w.add({
    filename: 'report.txt',
    chunks: ['Revenue grew 12% this quarter thanks to the new plan.', 'Costs stayed flat.'],
  })
  await w.add({
    filename: 'policy.txt',
    chunks: ['Refunds are paid within 14 days of a return.', 'Shipping takes 3 days.'],
  })
  await w.add({ filename: 'news.txt', chunks: ['Latest updates: the shipping announcements.'] })
  const agent = (id: string, systemPrompt: string) =>
    w.agents.create({
      id,
      workspaceId: w.workspace.id,
      name: id,
      description: id,
      systemPrompt,
      tools: [],
      createdBy: w.owner.id,
    })
  await agent('agt_billing', 'You are the billing agent.')
  await agent('agt_technical', 'You are the technical support agent.')
  await agent('agt_general', 'You are the general agent.')
  const model = scriptedModel(verdict)
  const ports: WorkflowStepPorts = {
    workspaceOf: async (execution) =>
      execution.includes(':execution:') ? w.workspace.id : undefined,
    chat: {
      models: resolverOf({ local: model }),
      defaultModel: { provider: 'local', modelId: 'm1' },
    },
    profiles: w.profiles,
    prompts: w.prompts,
    agents: w.agents,
    knowledge: w.knowledge,
  }
  return { ...w, report, model, ports }
}

async function run(template: WorkflowTemplate, ports: WorkflowStepPorts, input: object) {
  const { id, ...definition } = template
  const machine = compileWorkflow(definition, { stepFunctionArn: arn })
  const runner = new LocalStateMachineRunner({ retryIntervalMs: 0 })
  const step = (event: unknown, { signal }: { signal: AbortSignal }) =>
    runWorkflowStep(ports, event, { signal })
  runner.register(`workflow-${id}`, machine, handlerForEveryTask(machine, step))
  const { executionArn } = await runner.start(`workflow-${id}`, input)
  const done = await waitForExecution(runner, executionArn, { timeoutMs: 10_000 })
  return { ...done, nodes: (done.output as { nodes: Record<string, never> } | undefined)?.nodes }
}

const template = (id: string) => {
  const found = workflowTemplates.find((t) => t.id === id)
  if (!found) throw new Error(`No template ${id}`)
  return found
}

describe('every built-in template runs to SUCCEEDED with the workflow-step executors', () => {
  it('covers each template (a new template needs its own test here)', () => {
    expect(workflowTemplates.map((t) => t.id).sort()).toEqual([
      'answer-with-retrieval-then-self-review',
      'daily-digest',
      'summarize-document',
      'triage-and-route-to-agent',
    ])
    // Templates run unattended; approvals are covered end to end in tests/e2e/workflows.test.ts.
    expect(workflowTemplates.flatMap((t) => t.nodes).some((n) => n.type === 'approval')).toBe(false)
  })

  it('summarize-document: summarizes from passages of that document only', async () => {
    const w = await world()
    const done = await run(template('summarize-document'), w.ports, {
      documentId: w.report.id,
      focus: 'revenue',
    })

    expect(done.status).toBe('SUCCEEDED')
    const passages = done.nodes?.passages as unknown as { hits: { documentId: string }[] }
    expect(passages.hits.length).toBeGreaterThan(0)
    expect(passages.hits.every((hit) => hit.documentId === w.report.id)).toBe(true)
    expect(done.nodes?.summary).toMatchObject({
      text: 'Revenue grew 12% on the back of the new plan [1].',
      usage: { modelId: 'm1' },
    })
    const asked = w.model.requests[0]?.messages[0]?.content ?? ''
    expect(asked).toContain('[1] report.txt, page 1\nRevenue grew 12% this quarter')
    expect(asked).not.toContain('Refunds')
  })

  it('answer-with-retrieval-then-self-review: a review asking for changes leads to a revision', async () => {
    const w = await world('revise')
    const done = await run(template('answer-with-retrieval-then-self-review'), w.ports, {
      question: 'How long do refunds take?',
    })

    expect(done.status).toBe('SUCCEEDED')
    expect(done.nodes?.review).toMatchObject({ review: { verdict: 'revise' } })
    expect(done.nodes?.revise).toMatchObject({
      answer: 'Under the refund policy, refunds take 14 days [1].',
    })
    expect(done.nodes).not.toHaveProperty('approved')
    const draftPrompt = w.model.requests[0]?.messages[0]?.content ?? ''
    expect(draftPrompt).toContain('Refunds are paid within 14 days')
  })

  it('answer-with-retrieval-then-self-review: an approving review keeps the draft', async () => {
    const w = await world('ok')
    const done = await run(template('answer-with-retrieval-then-self-review'), w.ports, {
      question: 'How long do refunds take?',
    })

    expect(done.status).toBe('SUCCEEDED')
    expect(done.nodes?.approved).toEqual({ answer: 'Refunds take 14 days [1].' })
    expect(done.nodes).not.toHaveProperty('revise')
  })

  it('triage-and-route-to-agent: the technical agent answers a technical message', async () => {
    const w = await world()
    const done = await run(template('triage-and-route-to-agent'), w.ports, {
      message: 'My router keeps dropping the connection.',
      agents: { billing: 'agt_billing', technical: 'agt_technical', general: 'agt_general' },
    })

    expect(done.status).toBe('SUCCEEDED')
    expect(done.nodes?.triage).toMatchObject({ triage: { category: 'technical' } })
    expect(done.nodes?.technical).toMatchObject({
      agentId: 'agt_technical',
      text: 'Restart the router, then check the cable.',
    })
    expect(done.nodes).not.toHaveProperty('billing')
    expect(done.nodes).not.toHaveProperty('general')
    expect(w.model.requests.at(-1)).toMatchObject({
      system: 'You are the technical support agent.',
      messages: [{ role: 'user', content: 'My router keeps dropping the connection.' }],
    })
  })

  it('daily-digest: one brief per topic, then a digest composed from them', async () => {
    const w = await world()
    const done = await run(template('daily-digest'), w.ports, { topics: ['refunds', 'shipping'] })

    expect(done.status).toBe('SUCCEEDED')
    const [perTopic, latest] = (done.nodes?.gather ?? []) as unknown as [
      { per_topic: { topic_brief: { text: string } }[] },
      { latest: { text: string } },
    ]
    expect(perTopic.per_topic.map((iteration) => iteration.topic_brief.text)).toEqual([
      'Brief on refunds.',
      'Brief on shipping.',
    ])
    expect(latest.latest.text).toContain('Latest updates')
    expect(done.nodes?.digest).toMatchObject({ text: 'Your digest for today.' })
    const digestPrompt = w.model.requests.at(-1)?.messages[0]?.content ?? ''
    expect(digestPrompt).toContain('Brief on refunds.')
    expect(digestPrompt).toContain('Latest updates: the shipping announcements.')
  })
})
