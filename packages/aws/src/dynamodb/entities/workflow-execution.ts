import { workflowEventNames } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service } from './shared'

const executionStatuses = ['RUNNING', 'SUCCEEDED', 'FAILED', 'ABORTED'] as const
const nodeRunStatuses = ['succeeded', 'failed', 'waiting'] as const
const approvalStatuses = ['pending', 'approved', 'rejected', 'expired', 'cancelled'] as const

/*
 * Inputs, outputs, errors, usage and triggers are arbitrary JSON kept as JSON strings (`...Json`):
 * they are only ever read whole, and a string keeps their size plain to see against DynamoDB's
 * 400 KB item limit (the use cases truncate large outputs before they get here).
 */

/**
 * One workflow execution, keyed by its id alone so the workflow-step function, which knows only
 * the execution, finds its workspace with one GetItem. Listed newest first per workspace on gsi1
 * and per workflow (or template) on gsi2.
 */
export const workflowExecutionEntity = () =>
  new Entity({
    model: { service, entity: 'workflowExecution', version: '1' },
    attributes: {
      id: { type: 'string', required: true, readOnly: true },
      workspaceId: { type: 'string', required: true, readOnly: true },
      workflowId: { type: 'string', readOnly: true },
      workflowVersion: { type: 'number', readOnly: true },
      templateId: { type: 'string', readOnly: true },
      /** gsi2's key: the workflow id, or `template:<templateId>` for a template run. */
      runOf: { type: 'string', required: true, readOnly: true },
      workflowName: { type: 'string', required: true, readOnly: true },
      status: { type: executionStatuses, required: true },
      inputJson: { type: 'string', readOnly: true },
      outputJson: { type: 'string' },
      outputTruncated: { type: 'boolean' },
      error: { type: 'string' },
      cause: { type: 'string' },
      startedBy: { type: 'string', required: true, readOnly: true },
      triggerJson: { type: 'string', required: true, readOnly: true },
      stateMachineArn: { type: 'string', required: true, readOnly: true },
      executionArn: { type: 'string', required: true, readOnly: true },
      startedAt: { type: 'string', required: true, readOnly: true },
      stoppedAt: { type: 'string' },
    },
    indexes: {
      byId: {
        pk: { field: fields.primary.pk, composite: ['id'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
      byWorkspace: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['startedAt', 'id'], casing: 'none' },
      },
      byWorkflow: {
        index: fields.gsi2.index,
        pk: { field: fields.gsi2.pk, composite: ['workspaceId', 'runOf'], casing: 'none' },
        sk: { field: fields.gsi2.sk, composite: ['startedAt', 'id'], casing: 'none' },
      },
    },
  })

/** One node invocation, in its execution's partition in start order. */
export const workflowNodeRunEntity = () =>
  new Entity({
    model: { service, entity: 'workflowNodeRun', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      executionId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      nodeId: { type: 'string', required: true },
      nodeType: { type: 'string', required: true },
      status: { type: nodeRunStatuses, required: true },
      index: { type: 'number' },
      startedAt: { type: 'string', required: true, readOnly: true },
      finishedAt: { type: 'string' },
      durationMs: { type: 'number' },
      outputJson: { type: 'string' },
      outputTruncated: { type: 'boolean' },
      errorJson: { type: 'string' },
      usageJson: { type: 'string' },
    },
    indexes: {
      byExecution: {
        pk: {
          field: fields.primary.pk,
          composite: ['workspaceId', 'executionId'],
          casing: 'none',
        },
        sk: { field: fields.primary.sk, composite: ['startedAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * A decision an approval node waits for, in its execution's partition. `status` is what every
 * decision is conditional on (pending -> decided, once). `expiresAt` is an ISO string, so it is
 * kept out of the table's TTL field.
 */
export const workflowApprovalEntity = () =>
  new Entity({
    model: { service, entity: 'workflowApproval', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      executionId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      nodeId: { type: 'string', required: true },
      nodeRunId: { type: 'string', required: true },
      message: { type: 'string', required: true },
      taskToken: { type: 'string', required: true },
      status: { type: approvalStatuses, required: true },
      requestedAt: { type: 'string', required: true },
      expiresAt: { type: 'string', required: true, field: fields.expiresAtIso },
      decidedAt: { type: 'string' },
      decidedBy: { type: 'string' },
      comment: { type: 'string' },
    },
    indexes: {
      byExecution: {
        pk: {
          field: fields.primary.pk,
          composite: ['workspaceId', 'executionId'],
          casing: 'none',
        },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
    },
  })

/** A workflow's subscription to an event, in the partition the event's dispatch reads. */
export const workflowTriggerEntity = () =>
  new Entity({
    model: { service, entity: 'workflowTrigger', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      event: { type: workflowEventNames, required: true, readOnly: true },
      workflowId: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byEvent: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'event'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['workflowId'], casing: 'none' },
      },
    },
  })

/**
 * A schedule trigger's next run, in its workflow's partition. gsi1 holds every workspace's
 * entries in one partition by `nextRunAt` (ISO strings sort as times), so the scheduler's tick
 * finds what is due with one Query; one constant partition is fine at this scale (a write per
 * run). gsi2 lists a workspace's entries, for its deletion.
 */
export const workflowScheduleEntity = () =>
  new Entity({
    model: { service, entity: 'workflowSchedule', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      workflowId: { type: 'string', required: true, readOnly: true },
      index: { type: 'number', required: true, readOnly: true, padding: { length: 4, char: '0' } },
      cron: { type: 'string', required: true },
      timezone: { type: 'string', required: true },
      nextRunAt: { type: 'string', required: true },
    },
    indexes: {
      byWorkflow: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'workflowId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['index'] },
      },
      due: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: [] },
        sk: {
          field: fields.gsi1.sk,
          composite: ['nextRunAt', 'workspaceId', 'workflowId', 'index'],
          casing: 'none',
        },
      },
      byWorkspace: {
        index: fields.gsi2.index,
        pk: { field: fields.gsi2.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi2.sk, composite: ['workflowId', 'index'], casing: 'none' },
      },
    },
  })
