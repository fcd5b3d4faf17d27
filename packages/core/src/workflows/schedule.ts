import { CronExpressionParser } from 'cron-parser'

/** Schedules may not run more often than this. */
export const minimumScheduleIntervalMinutes = 5

/**
 * The next time a five-field cron fires after `after`, read in `timezone`. Throws with a
 * readable reason when the expression or the zone is not valid.
 */
export function nextRunOf(cron: string, timezone: string, after: Date): Date {
  if (cron.trim().split(/\s+/).length !== 5)
    throw new Error('Give five fields: minute hour day-of-month month day-of-week.')
  if (!isTimeZone(timezone)) throw new Error(`"${timezone}" is not an IANA time zone.`)
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timezone }).next().toDate()
}

/** The problem with a schedule trigger, or undefined: valid and not too frequent. */
export function scheduleProblem(cron: string, timezone: string): string | undefined {
  try {
    const first = nextRunOf(cron, timezone, new Date(Date.UTC(2030, 0, 1)))
    const second = nextRunOf(cron, timezone, first)
    const third = nextRunOf(cron, timezone, second)
    const gap = Math.min(second.getTime() - first.getTime(), third.getTime() - second.getTime())
    if (gap < minimumScheduleIntervalMinutes * 60_000)
      return `Run at most every ${minimumScheduleIntervalMinutes} minutes.`
    return undefined
  } catch (error) {
    return `Not a valid schedule: ${error instanceof Error ? error.message : String(error)}`
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
