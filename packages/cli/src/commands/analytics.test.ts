import { describe, expect, it } from 'vitest'
import { rangeOf } from './analytics'

describe('rangeOf', () => {
  const today = new Date('2026-11-21T10:00:00Z')

  it('passes --range through, 7d by default', () => {
    expect(rangeOf({}, today)).toBe('7d')
    expect(rangeOf({ range: '30d' }, today)).toBe('30d')
  })

  it('turns --from/--to into the API range, --to defaulting to today (UTC)', () => {
    expect(rangeOf({ from: '2026-11-01', to: '2026-11-07' }, today)).toBe('2026-11-01..2026-11-07')
    expect(rangeOf({ from: '2026-11-01' }, today)).toBe('2026-11-01..2026-11-21')
  })

  it('refuses a day that is not YYYY-MM-DD, or both kinds of range at once', () => {
    expect(() => rangeOf({ from: '1 Nov' }, today)).toThrow(
      '--from must be a day, YYYY-MM-DD (got "1 Nov").',
    )
    expect(() => rangeOf({ range: '7d', from: '2026-11-01' }, today)).toThrow(
      /either --range or --from\/--to/,
    )
  })
})
