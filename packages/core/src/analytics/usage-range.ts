import { DomainError } from '../errors'

export type UsageBucketSize = 'day' | 'week' | 'month'

/** Days (YYYY-MM-DD, UTC), both ends included. */
export interface DayRange {
  from: string
  to: string
}

const dayMs = 86_400_000
const maxDays = 366
const dayPattern = /^\d{4}-\d{2}-\d{2}$/

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`)
const invalid = (message: string) =>
  new DomainError('request.invalid', message, { errors: [{ path: 'query.range', message }] })

/**
 * The days a `range` names: `7d`, `30d`, `90d` (today, UTC, and the days before it), or
 * `<from>..<to>` (two UTC days, both included, at most 366 days).
 */
export function parseUsageRange(range: string, now: Date): DayRange {
  const relative = /^(\d+)d$/.exec(range)
  if (relative) {
    const days = Number(relative[1])
    if (days < 1 || days > maxDays) throw invalid(`Give 1 to ${maxDays} days.`)
    const today = msOf(toDay(now.getTime()))
    return { from: toDay(today - (days - 1) * dayMs), to: toDay(today) }
  }
  const [from, to, ...rest] = range.split('..')
  if (!from || !to || rest.length > 0 || !isDay(from) || !isDay(to))
    throw invalid('Give 7d, 30d, 90d or <from>..<to> as YYYY-MM-DD..YYYY-MM-DD.')
  if (from > to) throw invalid('Give a from on or before to.')
  if ((msOf(to) - msOf(from)) / dayMs + 1 > maxDays)
    throw invalid(`Give a range of at most ${maxDays} days.`)
  return { from, to }
}

function isDay(value: string): boolean {
  return dayPattern.test(value) && toDay(msOf(value)) === value
}

/** Every day of a range, oldest first. */
export function daysOf(range: DayRange): string[] {
  const days: string[] = []
  for (let ms = msOf(range.from); ms <= msOf(range.to); ms += dayMs) days.push(toDay(ms))
  return days
}

/**
 * The first day of the bucket a day falls in: itself, the Monday of its ISO week, or the first
 * of its month.
 */
export function bucketStart(day: string, size: UsageBucketSize): string {
  if (size === 'day') return day
  if (size === 'month') return `${day.slice(0, 7)}-01`
  const ms = msOf(day)
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7
  return toDay(ms - sinceMonday * dayMs)
}

/**
 * The buckets covering a range, each clamped to it (a 30-day range by week starts and ends
 * with partial weeks), oldest first.
 */
export function bucketsOf(
  range: DayRange,
  size: UsageBucketSize,
): (DayRange & { days: string[] })[] {
  const buckets: (DayRange & { days: string[] })[] = []
  for (const day of daysOf(range)) {
    const last = buckets[buckets.length - 1]
    if (last && bucketStart(last.from, size) === bucketStart(day, size)) {
      last.to = day
      last.days.push(day)
    } else buckets.push({ from: day, to: day, days: [day] })
  }
  return buckets
}
