import { describe, expect, it } from 'vitest'
import { answer } from '../chat/answer'
import { chatWorld, drain, endOf } from '../chat/chat-fixture'
import { platformEvent } from '../events/publish'
import type { Message } from '../ports/message-repository'
import { experimentMetrics } from './experiment-metrics'
import { getExperimentResults } from './results'
import { changeExperimentStatus, createExperiment } from './write-experiments'

/** The chat world with experiments wired into the engine, and a running two-model experiment. */
async function experimentChatWorld() {
  const w = await chatWorld()
  const ports = { ...w.ports, experiments: w.experiments, prompts: w.prompts }
  const writePorts = { ...ports, agents: w.agents, audit: w.audit, workspaces: w.workspaces }
  const prompt = await w.prompts.create({
    id: 'prm_terse',
    workspaceId: w.workspace.id,
    name: 'Terse',
    template: 'Answer in {{count}} words at most.',
    variables: [{ name: 'count', type: 'number', required: false, default: 10 }],
    tags: [],
    createdBy: w.owner.id,
  })
  const experiment = await createExperiment(writePorts, w.ownerActs, {
    name: 'Fast and terse',
    metric: 'latency',
    variants: [
      { key: 'control', weight: 1, overrides: {} },
      {
        key: 'fast',
        weight: 1,
        overrides: { modelId: 'fast-model', promptId: prompt.id, maxTokens: 64 },
      },
    ],
  })
  await changeExperimentStatus(writePorts, w.ownerActs, {
    experimentId: experiment.id,
    command: 'start',
  })
  // Sticky assignments stored up front, so the test does not depend on where the hash falls.
  for (const [user, variant] of [
    [w.member, 'control'],
    [w.admin, 'fast'],
  ] as const) {
    await w.experiments.assign(w.workspace.id, experiment.id, user.id, variant)
    await w.experiments.addCounters(w.workspace.id, experiment.id, variant, { users: 1 })
  }
  const ask = async (user: typeof w.member, content: string) => {
    const conversation = await w.startConversation({ userId: user.id })
    const acting = await w.as(user)
    return endOf(await drain(answer(ports, acting, { conversationId: conversation.id, content })))
  }
  return { ...w, ports, experiment, ask }
}

/** The `message.created` event of a saved answer, as the lead's event source publishes it. */
const created = (message: Message, latencyMs: number) =>
  platformEvent('message.created', message.workspaceId, {
    conversationId: message.conversationId,
    messageId: message.id,
    userId: message.userId,
    status: message.status,
    provider: message.model?.provider ?? 'local',
    modelId: message.model?.modelId ?? 'local',
    ...(message.experiment ? { experiment: message.experiment } : {}),
    inputTokens: message.usage?.inputTokens ?? 0,
    outputTokens: message.usage?.outputTokens ?? 0,
    costUsd: 0.001,
    latencyMs,
    toolCalls: [],
  })

describe('an experiment in chat', () => {
  it('answers users in different variants with different models and records the variant', async () => {
    const w = await experimentChatWorld()
    const control = await w.ask(w.member, 'Hello?')
    const fast = await w.ask(w.admin, 'Hello?')
    const [first, second] = w.model.requests
    expect(first?.modelId).toBe('local')
    expect(second).toMatchObject({ modelId: 'fast-model', maxTokens: 64 })
    expect(second?.system).toContain('Answer in 10 words at most.')
    expect(first?.system ?? '').not.toContain('Answer in')
    expect(control.experiment).toEqual({ id: w.experiment.id, variant: 'control' })
    expect(fast).toMatchObject({
      model: { modelId: 'fast-model' },
      experiment: { id: w.experiment.id, variant: 'fast' },
    })
    // The stored message keeps it too (what the event source reads).
    const stored = await w.messages.get(w.workspace.id, fast.conversationId, fast.id)
    expect(stored?.experiment).toEqual({ id: w.experiment.id, variant: 'fast' })
  })

  it('leaves answers alone once the experiment is paused', async () => {
    const w = await experimentChatWorld()
    await changeExperimentStatus(
      { ...w.ports, agents: w.agents, audit: w.audit, workspaces: w.workspaces },
      w.ownerActs,
      { experimentId: w.experiment.id, command: 'pause' },
    )
    const answered = await w.ask(w.admin, 'Hello?')
    expect(w.model.requests[0]?.modelId).toBe('local')
    expect(answered.experiment).toBeUndefined()
  })

  it('computes results from the recorded metrics', async () => {
    const w = await experimentChatWorld()
    const metrics = experimentMetrics({ experiments: w.experiments })
    // Four answers per variant: the fast model answers in about half the time.
    const latencies = { control: [900, 1100, 1000, 1200], fast: [450, 520, 480, 500] }
    const rate = (message: Message, rating: 'up' | 'down') =>
      metrics.publish(
        platformEvent('message.feedback', w.workspace.id, {
          conversationId: message.conversationId,
          messageId: message.id,
          userId: w.member.id,
          rating,
          experiment: { id: w.experiment.id, variant: 'control' },
        }),
      )
    const controlAnswers: Message[] = []
    for (const [index, ms] of latencies.control.entries()) {
      const message = await w.ask(w.member, `Question ${index}`)
      controlAnswers.push(message)
      await metrics.publish(created(message, ms))
      await rate(message, index === 0 ? 'up' : 'down')
    }
    // A changed mind moves a count; the same rating again counts nothing.
    const second = controlAnswers[1] as Message
    await rate(second, 'up')
    await rate(second, 'up')
    for (const [index, ms] of latencies.fast.entries()) {
      const message = await w.ask(w.admin, `Question ${index}`)
      await metrics.publish(created(message, ms))
    }
    const results = await getExperimentResults(w.ports, w.ownerActs, {
      experimentId: w.experiment.id,
    })
    const [control, fast] = results.variants
    expect(control).toMatchObject({ key: 'control', control: true, n: 4, users: 1 })
    expect(control?.latencyMs.mean).toBe(1050)
    expect(control?.feedback).toMatchObject({ up: 2, down: 2, n: 4, positiveRate: 0.5 })
    expect(fast).toMatchObject({ key: 'fast', control: false, n: 4 })
    expect(fast?.latencyMs.mean).toBe(487.5)
    expect(fast?.latencyMs.vsControl?.significant).toBe(true)
    expect(fast?.latencyMs.vsControl?.pValue).toBeLessThan(0.01)
    expect(fast?.costUsd.mean).toBeCloseTo(0.001, 9)
    expect(results.primary).toEqual({ metric: 'latency', significantVariants: ['fast'] })
  })
})
