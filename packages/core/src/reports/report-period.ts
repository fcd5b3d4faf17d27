import { bucketStart } from '../analytics/usage-range'
import type { ReportPeriod } from '../ports/report-repository'

/** A period's first and last day (YYYY-MM-DD), both included. */
export interface ReportPeriodDays {
  start: string
  end: string
}

const dayMs = 86_400_000
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`)
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const addDays = (day: string, days: number) => toDay(msOf(day) + days * dayMs)

/** The calendar day `at` falls on in `timezone` (YYYY-MM-DD). */
export function localDay(at: Date, timezone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)
}

/** The day, week (Monday to Sunday) or month that `day` falls in. */
export function periodContaining(period: ReportPeriod, day: string): ReportPeriodDays {
  const start = bucketStart(day, period)
  if (period === 'day') return { start, end: start }
  if (period === 'week') return { start, end: addDays(start, 6) }
  const [year, month] = start.split('-').map(Number) as [number, number]
  return { start, end: toDay(Date.UTC(year, month, 1) - dayMs) }
}

/**
 * The last full period before `at`, by the calendar of `timezone`: a daily report run on the
 * 21st covers the 20th, a weekly one the last Monday-to-Sunday, a monthly one the last month.
 * @example lastFullPeriod('week', 'UTC', new Date('2026-11-18T09:00:00Z')) // 2026-11-09..2026-11-15
 */
export function lastFullPeriod(period: ReportPeriod, timezone: string, at: Date): ReportPeriodDays {
  const current = periodContaining(period, localDay(at, timezone))
  return periodContaining(period, addDays(current.start, -1))
}
