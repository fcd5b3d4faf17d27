import {
  type CounterDelta,
  DomainError,
  type Experiment,
  type ExperimentRepository,
  type ExperimentSettings,
  type ExperimentTransition,
  type MeasureSums,
  type Page,
  type PageRequest,
  targetKey,
  type VariantCounters,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { isConditionFailure } from './errors'
import { deleteExperimentItems } from './experiment-deletion'
import { queryPage } from './pagination'
import type { ChatterTable, ExperimentItem } from './table'
import { failedAt, writeTransaction } from './transactions'

const all = { pages: 'all', consistent: true } as const

function toExperiment(item: ExperimentItem): Experiment {
  return {
    id: item.id,
    workspaceId: item.workspaceId,
    name: item.name,
    ...(item.description === undefined ? {} : { description: item.description }),
    target: {
      ...(item.target.profileId === undefined ? {} : { profileId: item.target.profileId }),
      ...(item.target.agentId === undefined ? {} : { agentId: item.target.agentId }),
    },
    variants: structuredClone(item.variants as Experiment['variants']),
    metric: item.metric,
    status: item.status,
    ...(item.startedAt === undefined ? {} : { startedAt: item.startedAt }),
    ...(item.endedAt === undefined ? {} : { endedAt: item.endedAt }),
    createdBy: item.createdBy,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  }
}

const sums = (count = 0, sum = 0, sumSq = 0): MeasureSums => ({ count, sum, sumSq })

/** The `ADD`s of a measure: one more value, its sum and its square. */
const measure = (name: 'latency' | 'tokens' | 'cost', value: number | undefined) =>
  value === undefined
    ? {}
    : { [`${name}Count`]: 1, [`${name}Sum`]: value, [`${name}SumSq`]: value * value }

const stale = () =>
  new DomainError('resource.conflict', 'The experiment changed meanwhile: read it again and retry.')

/**
 * Experiments in their workspace's partition (newest first on gsi1), with beside them: the
 * running slot of each target (`experimentSlot`, taken and freed in the same transaction as the
 * status change), sticky assignments (conditional create: the first writer wins), counters per
 * variant and per custom event (atomic `ADD`s only, so concurrent answers never lose a count)
 * and each rated answer's current rating. Deleting an experiment deletes all of these.
 * @example const experiments = new DynamoExperimentRepository(createTable(document, tableName))
 */
export class DynamoExperimentRepository implements ExperimentRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: Omit<Experiment, 'version' | 'createdAt' | 'updatedAt'>) {
    const now = this.clock().toISOString()
    try {
      const { data } = await this.table.entities.experiment
        .create({ ...structuredClone(input), version: 1, createdAt: now, updatedAt: now })
        .go()
      return toExperiment(data)
    } catch (error) {
      if (isConditionFailure(error))
        throw new DomainError('resource.conflict', 'An experiment with this id already exists.')
      throw error
    }
  }

  async get(workspaceId: string, id: string) {
    const { data } = await this.table.entities.experiment
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ? toExperiment(data) : undefined
  }

  list(workspaceId: string, page: PageRequest): Promise<Page<Experiment>> {
    const { experiment } = this.table.entities
    const toCursor = createConversions(experiment).byAccessPattern.byCreation.fromComposite.toCursor
    return queryPage(
      page,
      (options) => experiment.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => toCursor(item),
      toExperiment,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    settings: ExperimentSettings,
  ) {
    const { name, description, target, variants, metric } = structuredClone(settings)
    try {
      const patch = this.table.entities.experiment.patch({ workspaceId, id }).set({
        name,
        target,
        variants,
        metric,
        ...(description === undefined ? {} : { description }),
        version: expectedVersion + 1,
        updatedAt: this.clock().toISOString(),
      })
      const { data } = await (description === undefined ? patch.remove(['description']) : patch)
        .where((item, { eq }) => eq(item.version, expectedVersion))
        .go({ response: 'all_new' })
      return toExperiment(data)
    } catch (error) {
      if (isConditionFailure(error)) throw stale()
      throw error
    }
  }

  async transition(
    workspaceId: string,
    id: string,
    expectedVersion: number,
    transition: ExperimentTransition,
  ) {
    const current = await this.get(workspaceId, id)
    if (!current || current.version !== expectedVersion) throw stale()
    const target = targetKey(current.target)
    const { status, startedAt, endedAt, slot } = transition
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ experiment, experimentSlot }) => [
          experiment
            .patch({ workspaceId, id })
            .set({
              status,
              ...(startedAt ? { startedAt } : {}),
              ...(endedAt ? { endedAt } : {}),
              version: expectedVersion + 1,
              updatedAt: this.clock().toISOString(),
            })
            .where((item, { eq }) => eq(item.version, expectedVersion))
            .commit(),
          ...(slot === 'claim'
            ? [experimentSlot.create({ workspaceId, target, experimentId: id }).commit()]
            : slot === 'release'
              ? [experimentSlot.delete({ workspaceId, target }).commit()]
              : []),
        ])
        .go(),
    )
    if (codes && failedAt(codes, 0)) throw stale()
    if (codes)
      throw new DomainError(
        'resource.conflict',
        'Another experiment is already running on this target: pause or complete it first.',
      )
    const changed = await this.get(workspaceId, id)
    if (!changed) throw stale()
    return changed
  }

  async running(workspaceId: string) {
    const { data } = await this.table.entities.experimentSlot.query
      .byWorkspace({ workspaceId })
      .go(all)
    const found = await Promise.all(data.map((slot) => this.get(workspaceId, slot.experimentId)))
    return found.filter((e): e is Experiment => e?.status === 'running')
  }

  async delete(workspaceId: string, id: string) {
    const current = await this.get(workspaceId, id)
    if (!current) return false
    try {
      await this.table.entities.experiment.remove({ workspaceId, id }).go()
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
    await deleteExperimentItems(this.table, workspaceId, id)
    const target = targetKey(current.target)
    const { data: slot } = await this.table.entities.experimentSlot
      .get({ workspaceId, target })
      .go({ consistent: true })
    if (slot?.experimentId === id)
      await this.table.entities.experimentSlot.delete({ workspaceId, target }).go()
    return true
  }

  async assignment(workspaceId: string, experimentId: string, userId: string) {
    const { data } = await this.table.entities.experimentAssignment
      .get({ workspaceId, experimentId, userId })
      .go({ consistent: true })
    return data?.variant
  }

  async assign(workspaceId: string, experimentId: string, userId: string, variant: string) {
    try {
      await this.table.entities.experimentAssignment
        .create({
          workspaceId,
          experimentId,
          userId,
          variant,
          assignedAt: this.clock().toISOString(),
        })
        .go()
      return { variant, created: true }
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      const stored = await this.assignment(workspaceId, experimentId, userId)
      return { variant: stored ?? variant, created: false }
    }
  }

  async addCounters(
    workspaceId: string,
    experimentId: string,
    variant: string,
    delta: CounterDelta,
  ) {
    const { event } = delta
    const add: Record<string, number> = Object.fromEntries(
      Object.entries({
        users: delta.users,
        answers: delta.answers,
        feedbackUp: delta.feedbackUp,
        feedbackDown: delta.feedbackDown,
        ...measure('latency', delta.latency),
        ...measure('tokens', delta.tokens),
        ...measure('cost', delta.cost),
      }).filter((entry): entry is [string, number] => entry[1] !== undefined && entry[1] !== 0),
    )
    // UpdateItem creates a counters item on its first count; ADD starts a missing number at 0.
    if (Object.keys(add).length > 0)
      await this.table.entities.experimentCounter
        .update({ workspaceId, experimentId, variant })
        .add(add)
        .go()
    if (event)
      await this.table.entities.experimentEventCounter
        .update({ workspaceId, experimentId, variant, name: event.name })
        .add({
          count: 1,
          ...(event.value === undefined
            ? {}
            : { valueCount: 1, valueSum: event.value, valueSumSq: event.value * event.value }),
        })
        .go()
  }

  async swapRating(
    workspaceId: string,
    experimentId: string,
    messageId: string,
    rating: 'up' | 'down' | null,
  ) {
    const { experimentRating } = this.table.entities
    const key = { workspaceId, experimentId, messageId }
    const { data } = rating
      ? await experimentRating.put({ ...key, rating }).go({ response: 'all_old' })
      : await experimentRating.delete(key).go({ response: 'all_old' })
    return data?.rating ?? null
  }

  async counters(workspaceId: string, experimentId: string): Promise<VariantCounters[]> {
    const { experimentCounter, experimentEventCounter } = this.table.entities
    const [counters, events] = await Promise.all([
      experimentCounter.query.byExperiment({ workspaceId, experimentId }).go(all),
      experimentEventCounter.query.byExperiment({ workspaceId, experimentId }).go(all),
    ])
    const byVariant = new Map<string, VariantCounters>()
    const of = (variant: string) => {
      const found = byVariant.get(variant) ?? {
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
      byVariant.set(variant, found)
      return found
    }
    for (const item of counters.data)
      Object.assign(of(item.variant), {
        users: item.users ?? 0,
        answers: item.answers ?? 0,
        latency: sums(item.latencyCount, item.latencySum, item.latencySumSq),
        tokens: sums(item.tokensCount, item.tokensSum, item.tokensSumSq),
        cost: sums(item.costCount, item.costSum, item.costSumSq),
        feedbackUp: item.feedbackUp ?? 0,
        feedbackDown: item.feedbackDown ?? 0,
      })
    for (const item of events.data)
      of(item.variant).events[item.name] = {
        count: item.count ?? 0,
        values: sums(item.valueCount, item.valueSum, item.valueSumSq),
      }
    return [...byVariant.values()]
  }
}
