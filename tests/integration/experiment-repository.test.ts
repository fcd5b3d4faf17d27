import { randomUUID } from 'node:crypto'
import {
  DynamoExperimentRepository,
  DynamoMessageRepository,
  deleteWorkspaceExperiments,
} from '@chatter/aws'
import { assignVariant, type Experiment, experimentMetrics, platformEvent } from '@chatter/core'
import { InMemoryBlobs } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { freshTable, scanAll, tickingClock, walkPages } from '../support/dynamodb'

async function setup() {
  const fresh = await freshTable()
  const experiments = new DynamoExperimentRepository(fresh.table, tickingClock())
  const create = (workspaceId: string, overrides: Partial<Experiment> = {}) =>
    experiments.create({
      id: `exp_${randomUUID()}`,
      workspaceId,
      name: 'Fast model',
      target: {},
      variants: [
        { key: 'control', weight: 1, overrides: {} },
        { key: 'fast', weight: 3, overrides: { modelId: 'fast-model', temperature: 0.2 } },
      ],
      metric: 'feedback',
      status: 'draft',
      createdBy: 'usr_ada',
      ...overrides,
    })
  return { ...fresh, experiments, create }
}

describe('DynamoExperimentRepository', () => {
  it('stores an experiment as given, lists newest first and edits only the version read', async () => {
    const { experiments, create } = await setup()
    const first = await create('ws_a', { description: 'Cheaper?', target: { profileId: 'prf_1' } })
    const second = await create('ws_a')
    await create('ws_b')
    expect(first).toMatchObject({
      version: 1,
      target: { profileId: 'prf_1' },
      description: 'Cheaper?',
    })
    await expect(experiments.get('ws_a', first.id)).resolves.toEqual(first)
    await expect(experiments.get('ws_b', first.id)).resolves.toBeUndefined()
    const pages = await walkPages((page) => experiments.list('ws_a', page), 1)
    expect(pages.flatMap((p) => p.items.map((e) => e.id))).toEqual([second.id, first.id])
    const edited = await experiments.update('ws_a', first.id, 1, {
      name: 'Renamed',
      target: {},
      variants: first.variants,
      metric: 'latency',
    })
    expect(edited).toMatchObject({ name: 'Renamed', version: 2, target: {}, metric: 'latency' })
    expect(edited.description).toBeUndefined()
    await expect(
      experiments.update('ws_a', first.id, 1, { ...edited, name: 'Stale' }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
  })

  it('lets one experiment hold a target’s running slot, taken with the status change', async () => {
    const { experiments, create } = await setup()
    const a = await create('ws_a')
    const b = await create('ws_a')
    const onAgent = await create('ws_a', { target: { agentId: 'agt_1' } })
    const running = await experiments.transition('ws_a', a.id, 1, {
      status: 'running',
      startedAt: '2025-02-01T00:00:00.000Z',
      slot: 'claim',
    })
    expect(running).toMatchObject({
      status: 'running',
      version: 2,
      startedAt: '2025-02-01T00:00:00.000Z',
    })
    await expect(
      experiments.transition('ws_a', b.id, 1, { status: 'running', slot: 'claim' }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    // The refused start changed nothing.
    await expect(experiments.get('ws_a', b.id)).resolves.toMatchObject({
      status: 'draft',
      version: 1,
    })
    await experiments.transition('ws_a', onAgent.id, 1, { status: 'running', slot: 'claim' })
    expect((await experiments.running('ws_a')).map((e) => e.id).sort()).toEqual(
      [a.id, onAgent.id].sort(),
    )
    await experiments.transition('ws_a', a.id, 2, { status: 'paused', slot: 'release' })
    await experiments.transition('ws_a', b.id, 1, { status: 'running', slot: 'claim' })
    expect((await experiments.running('ws_a')).map((e) => e.id).sort()).toEqual(
      [b.id, onAgent.id].sort(),
    )
    await expect(
      experiments.transition('ws_a', a.id, 2, { status: 'running', slot: 'claim' }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    expect(await experiments.running('ws_b')).toEqual([])
  })

  it('keeps assignments sticky and counts atomically', async () => {
    const { experiments, create } = await setup()
    const experiment = await create('ws_a')
    await expect(experiments.assign('ws_a', experiment.id, 'usr_1', 'fast')).resolves.toEqual({
      variant: 'fast',
      created: true,
    })
    await expect(experiments.assign('ws_a', experiment.id, 'usr_1', 'control')).resolves.toEqual({
      variant: 'fast',
      created: false,
    })
    const users = Array.from({ length: 40 }, (_, i) => `usr_${i}`)
    const chosen = await Promise.all(
      users.map((u) => assignVariant({ experiments }, experiment, u)),
    )
    // Concurrent answers: 30 counted at once, none lost.
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        experiments.addCounters('ws_a', experiment.id, 'control', {
          answers: 1,
          latency: 100 + i,
          tokens: 10,
        }),
      ),
    )
    await experiments.addCounters('ws_a', experiment.id, 'fast', {
      event: { name: 'signup', value: 5 },
    })
    await experiments.addCounters('ws_a', experiment.id, 'fast', { event: { name: 'signup' } })
    const counters = await experiments.counters('ws_a', experiment.id)
    const control = counters.find((c) => c.variant === 'control')
    const fast = counters.find((c) => c.variant === 'fast')
    // usr_1 was stored before assignVariant ran, so it is not counted again.
    expect((control?.users ?? 0) + (fast?.users ?? 0)).toBe(39)
    expect(control?.users).toBe(
      chosen.filter((v, i) => v === 'control' && users[i] !== 'usr_1').length,
    )
    expect(control).toMatchObject({
      answers: 30,
      latency: {
        count: 30,
        sum: 30 * 100 + 435,
        sumSq: Array.from({ length: 30 }, (_, i) => (100 + i) ** 2).reduce((a, b) => a + b, 0),
      },
      tokens: { count: 30, sum: 300, sumSq: 3000 },
      cost: { count: 0, sum: 0, sumSq: 0 },
    })
    expect(fast?.events).toEqual({ signup: { count: 2, values: { count: 1, sum: 5, sumSq: 25 } } })
  })

  it('moves feedback counts when a rating changes, through the metrics subscriber', async () => {
    const { experiments, create } = await setup()
    const experiment = await create('ws_a')
    const metrics = experimentMetrics({ experiments })
    const rate = (rating: 'up' | 'down' | null) =>
      metrics.publish(
        platformEvent('message.feedback', 'ws_a', {
          conversationId: 'cnv_1',
          messageId: 'msg_1',
          userId: 'usr_1',
          rating,
          experiment: { id: experiment.id, variant: 'fast' },
        }),
      )
    const feedback = async () => {
      const fast = (await experiments.counters('ws_a', experiment.id)).find(
        (c) => c.variant === 'fast',
      )
      return [fast?.feedbackUp, fast?.feedbackDown]
    }
    await rate('up')
    await rate('up')
    expect(await feedback()).toEqual([1, 0])
    await rate('down')
    expect(await feedback()).toEqual([0, 1])
    await rate(null)
    expect(await feedback()).toEqual([0, 0])
  })

  it('deletes an experiment with everything it holds, and a workspace’s experiments', async () => {
    const { experiments, create, document, tableName, table } = await setup()
    const before = await scanAll(document, tableName)
    const experiment = await create('ws_a')
    await experiments.transition('ws_a', experiment.id, 1, { status: 'running', slot: 'claim' })
    await experiments.assign('ws_a', experiment.id, 'usr_1', 'fast')
    await experiments.addCounters('ws_a', experiment.id, 'fast', { users: 1, event: { name: 'x' } })
    await experiments.swapRating('ws_a', experiment.id, 'msg_1', 'up')
    await expect(experiments.delete('ws_b', experiment.id)).resolves.toBe(false)
    await expect(experiments.delete('ws_a', experiment.id)).resolves.toBe(true)
    expect(await scanAll(document, tableName)).toEqual(before)
    const kept = await create('ws_b')
    const other = await create('ws_a')
    await experiments.transition('ws_a', other.id, 1, { status: 'running', slot: 'claim' })
    await experiments.assign('ws_a', other.id, 'usr_1', 'control')
    await experiments.addCounters('ws_a', other.id, 'control', { answers: 1, latency: 5 })
    await expect(deleteWorkspaceExperiments(table, 'ws_a')).resolves.toBe(1)
    await expect(experiments.get('ws_b', kept.id)).resolves.toEqual(kept)
    const left = await scanAll(document, tableName)
    expect(left.length - before.length).toBe(1)
  })

  it('keeps the variant an answer was given under on the stored message', async () => {
    const { table } = await setup()
    const messages = new DynamoMessageRepository(table, new InMemoryBlobs())
    const answer = await messages.create({
      id: 'msg_1',
      conversationId: 'cnv_1',
      workspaceId: 'ws_a',
      parentId: null,
      role: 'assistant',
      content: 'Hi',
      status: 'complete',
      userId: 'usr_1',
      experiment: { id: 'exp_1', variant: 'fast' },
    })
    expect(answer.experiment).toEqual({ id: 'exp_1', variant: 'fast' })
    expect((await messages.get('ws_a', 'cnv_1', 'msg_1'))?.experiment).toEqual({
      id: 'exp_1',
      variant: 'fast',
    })
  })
})
