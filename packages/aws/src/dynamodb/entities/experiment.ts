import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/**
 * An A/B test, in its workspace's partition (strongly consistent get), listed newest first on
 * gsi1 by `createdAt#id`. Variants are stored as given (`any`: checked by the use cases).
 */
export const experimentEntity = () =>
  new Entity({
    model: { service, entity: 'experiment', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      description: { type: 'string' },
      target: {
        type: 'map',
        required: true,
        properties: { profileId: { type: 'string' }, agentId: { type: 'string' } },
      },
      variants: { type: 'any', required: true },
      metric: { type: 'string', required: true },
      status: { type: ['draft', 'running', 'paused', 'completed'] as const, required: true },
      startedAt: { type: 'string' },
      endedAt: { type: 'string' },
      version: { type: 'number', required: true },
      createdBy: { type: 'string', required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      byCreation: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * The one running slot of a target (`*`, `agent:<id>`, `profile:<id>` or both): created by a
 * start or resume in the same transaction as the status change, conditionally, so two
 * experiments can never run on one target; deleted by a pause or complete. The answer engine
 * reads the workspace's slots (one query) to find the running experiments.
 */
export const experimentSlotEntity = () =>
  new Entity({
    model: { service, entity: 'experimentSlot', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      target: { type: 'string', required: true, readOnly: true },
      experimentId: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['target'], casing: 'none' },
      },
    },
  })

/** A user's sticky variant: created once, conditionally (the first writer wins a race). */
export const experimentAssignmentEntity = () =>
  new Entity({
    model: { service, entity: 'experimentAssignment', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      experimentId: { type: 'string', required: true, readOnly: true },
      userId: { type: 'string', required: true, readOnly: true },
      variant: { type: 'string', required: true, readOnly: true },
      assignedAt: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byExperiment: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'experimentId'] },
        sk: { field: fields.primary.sk, composite: ['userId'], casing: 'none' },
      },
    },
  })

/**
 * One variant's counters (one item per experiment and variant), changed only by atomic `ADD`s,
 * created by the first count: users assigned, answers, and n / sum / sum of squares of latency,
 * tokens and cost, feedback up and down.
 */
export const experimentCounterEntity = () =>
  new Entity({
    model: { service, entity: 'experimentCounter', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      experimentId: { type: 'string', required: true, readOnly: true },
      variant: { type: 'string', required: true, readOnly: true },
      users: { type: 'number' },
      answers: { type: 'number' },
      latencyCount: { type: 'number' },
      latencySum: { type: 'number' },
      latencySumSq: { type: 'number' },
      tokensCount: { type: 'number' },
      tokensSum: { type: 'number' },
      tokensSumSq: { type: 'number' },
      costCount: { type: 'number' },
      costSum: { type: 'number' },
      costSumSq: { type: 'number' },
      feedbackUp: { type: 'number' },
      feedbackDown: { type: 'number' },
    },
    indexes: {
      byExperiment: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'experimentId'] },
        sk: { field: fields.primary.sk, composite: ['variant'], casing: 'none' },
      },
    },
  })

/** One custom event's counters for a variant (event names are open, so an item per name). */
export const experimentEventCounterEntity = () =>
  new Entity({
    model: { service, entity: 'experimentEventCounter', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      experimentId: { type: 'string', required: true, readOnly: true },
      variant: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true, readOnly: true },
      count: { type: 'number' },
      valueCount: { type: 'number' },
      valueSum: { type: 'number' },
      valueSumSq: { type: 'number' },
    },
    indexes: {
      byExperiment: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'experimentId'] },
        sk: { field: fields.primary.sk, composite: ['variant', 'name'], casing: 'none' },
      },
    },
  })

/** The current rating of an answer in an experiment, so a changed rating moves its count. */
export const experimentRatingEntity = () =>
  new Entity({
    model: { service, entity: 'experimentRating', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      experimentId: { type: 'string', required: true, readOnly: true },
      messageId: { type: 'string', required: true, readOnly: true },
      rating: { type: ['up', 'down'] as const, required: true },
    },
    indexes: {
      byExperiment: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'experimentId'] },
        sk: { field: fields.primary.sk, composite: ['messageId'], casing: 'none' },
      },
    },
  })
