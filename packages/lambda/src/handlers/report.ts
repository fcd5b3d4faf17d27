import type { Logger } from '@aws-lambda-powertools/logger'
import type { ScheduledEvent } from 'aws-lambda'
import { withEventStack } from '../event-stack'

export interface ReportRunSummary {
  /** Reports that were due at this tick and ran. */
  ran: number
}

/**
 * The report timer's target: runs every report due at the event's time. The time comes from the
 * event, not the clock, so a retried or late invocation covers the same period (idempotent).
 */
export function createReportHandler(deps: {
  logger: Logger
  runDueReports(at: Date): Promise<ReportRunSummary>
}) {
  const run = async (event: Pick<ScheduledEvent, 'time'>) => {
    const at = new Date(event.time)
    if (Number.isNaN(at.getTime()))
      throw new Error(`The schedule event has no valid time: ${event.time}`)
    const summary = await deps.runDueReports(at)
    deps.logger.info('scheduled reports checked', { at: at.toISOString(), ...summary })
    return summary
  }
  return { run, handler: withEventStack(deps.logger, run) }
}
