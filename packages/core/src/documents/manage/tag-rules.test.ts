import { describe, expect, it } from 'vitest'
import { normalizeTag, normalizeTags, tagProblem } from './tag-rules'

describe('tag rules', () => {
  it('trims, lower-cases, collapses spaces, drops duplicates and sorts', () => {
    expect(normalizeTags([' Q3  Report', 'finance', 'FINANCE', 'a_b-c'])).toEqual([
      'a_b-c',
      'finance',
      'q3 report',
    ])
    expect(normalizeTag('  Legal\tHold ')).toBe('legal hold')
    expect(normalizeTags([])).toEqual([])
  })

  it('lists every bad tag by path', () => {
    expect(() => normalizeTags(['ok', '   ', 'x'.repeat(51), 'café', 'a/b'])).toThrow(
      expect.objectContaining({
        code: 'request.invalid',
        details: {
          errors: [
            { path: 'tags.1', message: 'Give a tag of at least one character.' },
            { path: 'tags.2', message: 'Keep each tag to 50 characters.' },
            { path: 'tags.3', message: expect.stringMatching(/letters a-z/) },
            { path: 'tags.4', message: expect.stringMatching(/letters a-z/) },
          ],
        },
      }),
    )
    expect(tagProblem('x'.repeat(50))).toBeUndefined()
  })

  it('allows 20 distinct tags, counted after duplicates are dropped', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`)
    expect(normalizeTags([...twenty, 'T0', ' t1 '])).toHaveLength(20)
    expect(() => normalizeTags([...twenty, 'one more'])).toThrow(
      expect.objectContaining({
        details: { errors: [{ path: 'tags', message: expect.stringMatching(/at most 20/) }] },
      }),
    )
  })
})
