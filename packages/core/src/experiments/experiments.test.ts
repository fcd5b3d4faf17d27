import { describe, expect, it } from 'vitest'
import { profileDefaults } from '../profiles/profile-rules'
import { experimentWorld } from './experiment-fixture'
import { getExperimentAssignment, recordExperimentEvent } from './read-experiments'
import { changeExperimentStatus, deleteExperiment, updateExperiment } from './write-experiments'

describe('experiment lifecycle', () => {
  it('creates a draft, edits it, then runs it through start, pause, resume and complete', async () => {
    const w = await experimentWorld()
    const draft = await w.draft({ description: '  Is the fast model good enough?  ' })
    expect(draft).toMatchObject({ status: 'draft', version: 1, target: {}, createdBy: w.owner.id })
    expect(draft.description).toBe('Is the fast model good enough?')
    const edited = await updateExperiment(w.ports, w.ownerActs, {
      experimentId: draft.id,
      patch: { metric: 'latency', description: null },
      expectedVersion: 1,
    })
    expect(edited).toMatchObject({ metric: 'latency', version: 2 })
    expect(edited.description).toBeUndefined()
    const move = (command: 'start' | 'pause' | 'resume' | 'complete') =>
      changeExperimentStatus(w.ports, w.ownerActs, { experimentId: draft.id, command })
    const started = await move('start')
    expect(started).toMatchObject({ status: 'running', startedAt: w.now.toISOString() })
    await expect(
      updateExperiment(w.ports, w.ownerActs, { experimentId: draft.id, patch: { name: 'x' } }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    await expect(move('start')).rejects.toMatchObject({ code: 'resource.conflict' })
    expect((await move('pause')).status).toBe('paused')
    await expect(move('pause')).rejects.toMatchObject({ code: 'resource.conflict' })
    expect((await move('resume')).status).toBe('running')
    const done = await move('complete')
    expect(done).toMatchObject({ status: 'completed', endedAt: w.now.toISOString() })
    await expect(move('resume')).rejects.toMatchObject({ code: 'resource.conflict' })
    const actions = w.audit.events.map((e) => e.action).filter((a) => a.startsWith('experiment.'))
    expect(actions).toEqual([
      'experiment.created',
      'experiment.updated',
      'experiment.started',
      'experiment.paused',
      'experiment.resumed',
      'experiment.completed',
    ])
  })

  it('lets one experiment run per target at a time', async () => {
    const w = await experimentWorld()
    const profile = await w.profiles.create({
      ...profileDefaults,
      retrieval: { ...profileDefaults.retrieval },
      fallbackModelIds: [],
      name: 'Support',
      provider: 'local',
      modelId: 'local',
      id: 'prf_support',
      workspaceId: w.workspace.id,
    })
    const first = await w.draft()
    const second = await w.draft()
    const onProfile = await w.draft({ target: { profileId: profile.id } })
    const start = (experimentId: string) =>
      changeExperimentStatus(w.ports, w.ownerActs, { experimentId, command: 'start' })
    await start(first.id)
    await expect(start(second.id)).rejects.toMatchObject({ code: 'resource.conflict' })
    // Another target has its own slot.
    expect((await start(onProfile.id)).status).toBe('running')
    await changeExperimentStatus(w.ports, w.ownerActs, { experimentId: first.id, command: 'pause' })
    expect((await start(second.id)).status).toBe('running')
    // The paused one cannot come back while the other holds the slot.
    await expect(
      changeExperimentStatus(w.ports, w.ownerActs, { experimentId: first.id, command: 'resume' }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
  })

  it('refuses invalid settings with every problem at its path', async () => {
    const w = await experimentWorld()
    const refused = await w
      .draft({
        name: '',
        target: { agentId: 'agt_missing' },
        metric: 'no spaces allowed',
        variants: [
          { key: 'a', weight: 0, overrides: { topP: 2 } },
          { key: 'a', weight: 1, overrides: { provider: 'bedrock', promptId: 'prm_none' } },
        ],
      })
      .catch((error) => error)
    expect(refused.code).toBe('request.invalid')
    expect(refused.details.errors.map((e: { path: string }) => e.path).sort()).toEqual(
      [
        'json.metric',
        'json.name',
        'json.target.agentId',
        'json.variants.0.overrides.topP',
        'json.variants.0.weight',
        'json.variants.1.key',
        'json.variants.1.overrides.modelId',
        'json.variants.1.overrides.promptId',
      ].sort(),
    )
    await expect(
      w.draft({ variants: [{ key: 'solo', weight: 1, overrides: {} }] }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
    })
  })

  it('needs write to change and read to look; another workspace sees nothing', async () => {
    const w = await experimentWorld()
    await expect(w.draft({}, await w.as(w.viewer))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    const draft = await w.draft()
    const viewerActs = await w.as(w.viewer)
    expect(
      (await getExperimentAssignment(w.ports, viewerActs, { experimentId: draft.id })).variant,
    ).toMatch(/control|fast/)
    await expect(
      changeExperimentStatus(w.ports, viewerActs, { experimentId: draft.id, command: 'start' }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    await expect(
      getExperimentAssignment(w.ports, await w.as(w.outsider, w.other.id), {
        experimentId: draft.id,
      }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })

  it('takes custom events only while running, and deletes all but a running experiment', async () => {
    const w = await experimentWorld()
    const draft = await w.draft({ metric: 'signup' })
    const event = { experimentId: draft.id, name: 'signup', value: 3 }
    await expect(recordExperimentEvent(w.ports, w.ownerActs, event)).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await changeExperimentStatus(w.ports, w.ownerActs, { experimentId: draft.id, command: 'start' })
    const recorded = await recordExperimentEvent(w.ports, w.ownerActs, event)
    const counters = await w.experiments.counters(w.workspace.id, draft.id)
    expect(counters.find((c) => c.variant === recorded.variant)?.events.signup).toEqual({
      count: 1,
      values: { count: 1, sum: 3, sumSq: 9 },
    })
    await expect(
      deleteExperiment(w.ports, w.ownerActs, { experimentId: draft.id }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    await changeExperimentStatus(w.ports, w.ownerActs, {
      experimentId: draft.id,
      command: 'complete',
    })
    expect(await deleteExperiment(w.ports, w.ownerActs, { experimentId: draft.id })).toEqual({
      deleted: { experimentId: draft.id },
    })
    expect(await w.experiments.counters(w.workspace.id, draft.id)).toEqual([])
    expect(w.experiments.assignments.size).toBe(0)
  })
})
