import { targetKey } from '../experiments/experiment-rules'
import type { PageRequest } from '../pagination'
import type {
  CounterDelta,
  Experiment,
  ExperimentRepository,
  ExperimentSettings,
  ExperimentTransition,
  MeasureSums,
  VariantCounters,
} from '../ports/experiment-repository'
import type { InMemoryWorkspaces } from './in-memory-workspaces'
import { conflict, notFound, paginate } from './paginate'

const sums = (): MeasureSums => ({ count: 0, sum: 0, sumSq: 0 })
const addTo = (target: MeasureSums, value: number | undefined) => {
  if (value === undefined) return
  target.count += 1
  target.sum += value
  target.sumSq += value * value
}

/**
 * In-memory experiments as the DynamoDB store keeps them: optimistic versions, one running slot
 * per target taken in the same step as the status change, sticky assignments (first writer
 * wins), counters added atomically, ratings per message; deleting an experiment (or its
 * workspace) takes its assignments, counters and ratings along.
 */
export class InMemoryExperiments implements ExperimentRepository {
  /** By `workspaceId/id`, in creation order. */
  readonly byKey = new Map<string, Experiment>()
  /** `workspaceId/targetKey` -> the running experiment's id. */
  readonly slots = new Map<string, string>()
  /** `workspaceId/experimentId/userId` -> variant. */
  readonly assignments = new Map<string, string>()
  /** `workspaceId/experimentId/variant` -> counters. */
  readonly counterItems = new Map<string, VariantCounters>()
  /** `workspaceId/experimentId/messageId` -> rating. */
  readonly ratings = new Map<string, 'up' | 'down'>()

  constructor(workspaces?: InMemoryWorkspaces) {
    workspaces?.dependents.push({
      removeWorkspace: (id) => {
        for (const experiment of [...this.byKey.values()])
          if (experiment.workspaceId === id) this.removeAll(id, experiment.id)
        return { invitations: 0, apiKeys: 0 }
      },
    })
  }

  async create(input: Omit<Experiment, 'version' | 'createdAt' | 'updatedAt'>) {
    const key = `${input.workspaceId}/${input.id}`
    if (this.byKey.has(key)) throw conflict('An experiment with this id already exists.')
    const now = new Date().toISOString()
    const experiment: Experiment = {
      ...structuredClone(input),
      version: 1,
      createdAt: now,
      updatedAt: now,
    }
    this.byKey.set(key, experiment)
    return structuredClone(experiment)
  }

  async get(workspaceId: string, id: string) {
    const found = this.byKey.get(`${workspaceId}/${id}`)
    return found && structuredClone(found)
  }

  async list(workspaceId: string, page: PageRequest) {
    const mine = [...this.byKey.values()].filter((e) => e.workspaceId === workspaceId).reverse()
    return paginate(structuredClone(mine), page)
  }

  private current(workspaceId: string, id: string, expectedVersion: number) {
    const found = this.byKey.get(`${workspaceId}/${id}`)
    if (!found) throw notFound('No such experiment in this workspace.')
    if (found.version !== expectedVersion)
      throw conflict('The experiment changed meanwhile: read it again and retry.')
    return found
  }

  async update(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    settings: ExperimentSettings,
  ) {
    const found = this.current(workspaceId, id, expectedVersion)
    const { name, description, target, variants, metric } = structuredClone(settings)
    Reflect.deleteProperty(found, 'description')
    Object.assign(found, { name, target, variants, metric }, description ? { description } : {}, {
      version: found.version + 1,
      updatedAt: new Date().toISOString(),
    })
    return structuredClone(found)
  }

  async transition(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    transition: ExperimentTransition,
  ) {
    const found = this.current(workspaceId, id, expectedVersion)
    const slot = `${workspaceId}/${targetKey(found.target)}`
    if (transition.slot === 'claim') {
      if (this.slots.has(slot))
        throw conflict('Another experiment is already running on this target.')
      this.slots.set(slot, id)
    }
    if (transition.slot === 'release' && this.slots.get(slot) === id) this.slots.delete(slot)
    Object.assign(found, {
      status: transition.status,
      ...(transition.startedAt ? { startedAt: transition.startedAt } : {}),
      ...(transition.endedAt ? { endedAt: transition.endedAt } : {}),
      version: found.version + 1,
      updatedAt: new Date().toISOString(),
    })
    return structuredClone(found)
  }

  async running(workspaceId: string) {
    return [...this.byKey.values()]
      .filter((e) => e.workspaceId === workspaceId && e.status === 'running')
      .map((e) => structuredClone(e))
  }

  async delete(workspaceId: string, id: string) {
    if (!this.byKey.has(`${workspaceId}/${id}`)) return false
    this.removeAll(workspaceId, id)
    return true
  }

  private removeAll(workspaceId: string, id: string) {
    const prefix = `${workspaceId}/${id}/`
    this.byKey.delete(`${workspaceId}/${id}`)
    for (const [slot, owner] of this.slots)
      if (owner === id && slot.startsWith(`${workspaceId}/`)) this.slots.delete(slot)
    for (const map of [this.assignments, this.counterItems, this.ratings])
      for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key)
  }

  async assignment(workspaceId: string, experimentId: string, userId: string) {
    return this.assignments.get(`${workspaceId}/${experimentId}/${userId}`)
  }

  async assign(workspaceId: string, experimentId: string, userId: string, variant: string) {
    const key = `${workspaceId}/${experimentId}/${userId}`
    const stored = this.assignments.get(key)
    if (stored) return { variant: stored, created: false }
    this.assignments.set(key, variant)
    return { variant, created: true }
  }

  async addCounters(
    workspaceId: string,
    experimentId: string,
    variant: string,
    delta: CounterDelta,
  ) {
    const key = `${workspaceId}/${experimentId}/${variant}`
    const counters = this.counterItems.get(key) ?? {
      variant,
      users: 0,
      answers: 0,
      latency: sums(),
      tokens: sums(),
      cost: sums(),
      feedbackUp: 0,
      feedbackDown: 0,
      events: {},
    }
    counters.users += delta.users ?? 0
    counters.answers += delta.answers ?? 0
    addTo(counters.latency, delta.latency)
    addTo(counters.tokens, delta.tokens)
    addTo(counters.cost, delta.cost)
    counters.feedbackUp += delta.feedbackUp ?? 0
    counters.feedbackDown += delta.feedbackDown ?? 0
    if (delta.event) {
      const event = counters.events[delta.event.name] ?? { count: 0, values: sums() }
      event.count += 1
      addTo(event.values, delta.event.value)
      counters.events[delta.event.name] = event
    }
    this.counterItems.set(key, counters)
  }

  async swapRating(
    workspaceId: string,
    experimentId: string,
    messageId: string,
    rating: 'up' | 'down' | null,
  ) {
    const key = `${workspaceId}/${experimentId}/${messageId}`
    const previous = this.ratings.get(key) ?? null
    if (rating) this.ratings.set(key, rating)
    else this.ratings.delete(key)
    return previous
  }

  async counters(workspaceId: string, experimentId: string) {
    const prefix = `${workspaceId}/${experimentId}/`
    return [...this.counterItems.entries()]
      .filter(([key]) => key.startsWith(prefix))
      .map(([, counters]) => structuredClone(counters))
  }
}
