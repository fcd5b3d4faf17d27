import {
  type Report,
  type ReportRun,
  reportFormats,
  reportLimits,
  reportPeriods,
  reportSections,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'

/**
 * Request and response schemas of `/v1/reports`. They check types and rough bounds; the use
 * cases check the rest (the cron, its zone and frequency, known sections) with paths of the
 * same shape (`json.schedule.cron`).
 */

const Schedule = z
  .object({
    cron: z
      .string()
      .max(120)
      .openapi({ example: '0 8 * * 1', description: 'Five fields, at most hourly' }),
    timezone: z
      .string()
      .max(64)
      .optional()
      .openapi({ example: 'Europe/Paris', description: 'IANA; default UTC' }),
  })
  .openapi('ReportSchedule')
const Recipients = z
  .object({
    emails: z.array(z.string().max(reportLimits.email)).max(reportLimits.emails).optional(),
    webhook: z.boolean().optional().openapi({
      description: 'Publish a report.ready event for each finished run (webhooks deliver it)',
    }),
  })
  .openapi('ReportRecipients')
const Sections = z
  .array(z.string().max(32))
  .max(reportSections.length * 2)
  .openapi({ description: `Any of: ${reportSections.join(', ')}`, example: ['summary', 'models'] })
const Period = z
  .enum(reportPeriods)
  .openapi({ description: 'What one run covers: the last full period' })
const Format = z.enum(reportFormats)

export const NewReportBody = z.object({
  name: z.string().max(reportLimits.name * 2),
  schedule: Schedule,
  period: Period,
  sections: Sections,
  format: Format,
  recipients: Recipients.optional(),
  enabled: z.boolean().optional(),
})

export const ReportPatchBody = z.object({
  name: z
    .string()
    .max(reportLimits.name * 2)
    .optional(),
  schedule: Schedule.optional(),
  period: Period.optional(),
  sections: Sections.optional(),
  format: Format.optional(),
  recipients: Recipients.optional(),
  enabled: z.boolean().optional(),
})

export const RunReportBody = z.object({
  periodStart: z.string().max(10).optional().openapi({
    example: '2026-03-02',
    description: 'A day of the period to cover (YYYY-MM-DD); default the last full period',
  }),
})

export const ReportView = z
  .object({
    id: z.string(),
    name: z.string(),
    schedule: z.object({ cron: z.string(), timezone: z.string() }),
    period: Period,
    sections: z.array(z.enum(reportSections)),
    format: Format,
    recipients: z.object({
      emails: z.array(z.string()).optional(),
      webhook: z.boolean().optional(),
    }),
    enabled: z.boolean(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Report')

export const reportView = (report: Report): z.infer<typeof ReportView> => ({
  id: report.id,
  name: report.name,
  schedule: { cron: report.schedule.cron, timezone: report.schedule.timezone },
  period: report.period,
  sections: [...report.sections],
  format: report.format,
  recipients: {
    ...(report.recipients.emails ? { emails: [...report.recipients.emails] } : {}),
    ...(report.recipients.webhook ? { webhook: true } : {}),
  },
  enabled: report.enabled,
  createdBy: report.createdBy,
  createdAt: report.createdAt,
  updatedAt: report.updatedAt,
})

export const ReportDeletionView = z.object({
  report: ReportView,
  runs: z.number().int().openapi({ description: 'Runs deleted with their files' }),
})

export const ReportRunView = z
  .object({
    id: z.string(),
    reportId: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    trigger: z.enum(['schedule', 'manual']),
    status: z.enum(['running', 'succeeded', 'failed']),
    bytes: z.number().int().optional(),
    contentType: z.string().optional(),
    error: z.string().optional(),
    startedAt: z.string(),
    finishedAt: z.string().optional(),
    delivery: z.object({ webhook: z.string().optional(), emails: z.string().optional() }),
    download: z.string().optional().openapi({
      description: 'The API path of the file (same credentials), once the run succeeded',
      example: '/v1/reports/rep_1/runs/rpr_1/download',
    }),
  })
  .openapi('ReportRun')

export const reportRunView = (run: ReportRun): z.infer<typeof ReportRunView> => ({
  id: run.id,
  reportId: run.reportId,
  periodStart: run.periodStart,
  periodEnd: run.periodEnd,
  trigger: run.trigger,
  status: run.status,
  ...(run.bytes === undefined ? {} : { bytes: run.bytes }),
  ...(run.contentType === undefined ? {} : { contentType: run.contentType }),
  ...(run.error === undefined ? {} : { error: run.error }),
  startedAt: run.startedAt,
  ...(run.finishedAt === undefined ? {} : { finishedAt: run.finishedAt }),
  delivery: {
    ...(run.delivery.webhook ? { webhook: run.delivery.webhook } : {}),
    ...(run.delivery.emails ? { emails: run.delivery.emails } : {}),
  },
  ...(run.status === 'succeeded'
    ? { download: `/v1/reports/${run.reportId}/runs/${run.id}/download` }
    : {}),
})
