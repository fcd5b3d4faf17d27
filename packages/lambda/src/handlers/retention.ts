import type { Logger } from '@aws-lambda-powertools/logger'
import type { RetentionRunSummary } from '@chatter/core'
import type { Context, ScheduledEvent } from 'aws-lambda'
import { withEventStack } from '../event-stack'

/** Time kept back from the function's timeout to finish the batch in hand and log. */
const marginMs = 20_000

/**
 * The daily retention timer's target: purges every workspace with a policy while the invocation
 * has time (from the Lambda context). The cutoffs come from the event's time, so a retried
 * invocation purges the same; what is left when time runs out goes at the next day's run.
 */
export function createRetentionHandler(deps: {
  logger: Logger
  runRetention(options: { now: Date; hasTime: () => boolean }): Promise<RetentionRunSummary>
}) {
  const run = async (
    event: Pick<ScheduledEvent, 'time'>,
    context: Pick<Context, 'getRemainingTimeInMillis'>,
  ) => {
    const now = new Date(event.time)
    if (Number.isNaN(now.getTime()))
      throw new Error(`The schedule event has no valid time: ${event.time}`)
    const summary = await deps.runRetention({
      now,
      hasTime: () => context.getRemainingTimeInMillis() > marginMs,
    })
    deps.logger.info('retention purge ran', { at: now.toISOString(), ...summary })
    return summary
  }
  return { run, handler: withEventStack(deps.logger, run) }
}
