import { reportFormats, reportPeriods, reportRunStatuses } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/**
 * A scheduled report in its workspace's partition (strongly consistent get), listed newest
 * first on gsi1. Its schedule and recipients are flat attributes; `sections` a list in order.
 */
export const reportEntity = () =>
  new Entity({
    model: { service, entity: 'report', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      cron: { type: 'string', required: true },
      timezone: { type: 'string', required: true },
      period: { type: reportPeriods, required: true },
      sections: { type: 'list', items: { type: 'string' }, required: true },
      format: { type: reportFormats, required: true },
      emails: { type: 'list', items: { type: 'string' } },
      webhook: { type: 'boolean' },
      enabled: { type: 'boolean', required: true },
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
 * One run of a report, in the report's partition by id (a scheduled run's id is its period, so
 * its conditional create is what keeps a period from running twice), listed newest first on
 * gsi1 by `startedAt#id`.
 */
export const reportRunEntity = () =>
  new Entity({
    model: { service, entity: 'reportRun', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      reportId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      periodStart: { type: 'string', required: true, readOnly: true },
      periodEnd: { type: 'string', required: true, readOnly: true },
      trigger: { type: ['schedule', 'manual'] as const, required: true, readOnly: true },
      status: { type: reportRunStatuses, required: true },
      key: { type: 'string' },
      contentType: { type: 'string' },
      bytes: { type: 'number' },
      error: { type: 'string' },
      startedAt: { type: 'string', required: true, readOnly: true },
      finishedAt: { type: 'string' },
      deliveryWebhook: { type: 'string' },
      deliveryEmails: { type: 'string' },
    },
    indexes: {
      byReport: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'reportId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      byStart: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId', 'reportId'], casing: 'none' },
        sk: { field: fields.gsi1.sk, composite: ['startedAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * An enabled report's place on the timer's queue: one item per report, also on gsi1's one
 * `due` partition by `nextRunAt`, so a tick reads what is due with one Query and claims each by
 * moving `nextRunAt` on, conditional on the value read.
 */
export const reportScheduleEntity = () =>
  new Entity({
    model: { service, entity: 'reportSchedule', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      reportId: { type: 'string', required: true, readOnly: true },
      nextRunAt: { type: 'string', required: true },
    },
    indexes: {
      byReport: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'reportId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
      due: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: [] },
        sk: {
          field: fields.gsi1.sk,
          composite: ['nextRunAt', 'workspaceId', 'reportId'],
          casing: 'none',
        },
      },
    },
  })
