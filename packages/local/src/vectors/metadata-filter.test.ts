import type { VectorMetadata } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { compileFilter, matchesFilter } from './metadata-filter'

const doc: VectorMetadata = {
  documentId: 'd1',
  page: 3,
  draft: false,
  tags: ['finance', 'q3'],
}

describe('metadata filters in Pinecone dialect', () => {
  it.each([
    [{ documentId: 'd1' }, true],
    [{ documentId: 'd2' }, false],
    [{ documentId: { $eq: 'd1' } }, true],
    [{ documentId: { $ne: 'd1' } }, false],
    [{ draft: false }, true],
    [{ page: { $gt: 3 } }, false],
    [{ page: { $gte: 3 } }, true],
    [{ page: { $lt: 3 } }, false],
    [{ page: { $lte: 3, $gt: 1 } }, true],
    [{ documentId: { $in: ['d0', 'd1'] } }, true],
    [{ documentId: { $nin: ['d0', 'd1'] } }, false],
    [{ page: { $in: [1, 2] } }, false],
    [{ author: { $exists: false } }, true],
    [{ page: { $exists: true } }, true],
  ])('%j matches: %s', (filter, expected) => {
    expect(matchesFilter(doc, filter)).toBe(expected)
  })

  it('matches a list of strings when any element matches, and negations when none does', () => {
    expect(matchesFilter(doc, { tags: 'q3' })).toBe(true)
    expect(matchesFilter(doc, { tags: { $in: ['hr', 'finance'] } })).toBe(true)
    expect(matchesFilter(doc, { tags: { $ne: 'q3' } })).toBe(false)
    expect(matchesFilter(doc, { tags: { $nin: ['hr'] } })).toBe(true)
    expect(matchesFilter(doc, { tags: { $nin: ['hr', 'q3'] } })).toBe(false)
  })

  it('combines with $and, $or and several keys at once', () => {
    expect(matchesFilter(doc, { documentId: 'd1', page: { $gt: 5 } })).toBe(false)
    expect(matchesFilter(doc, { $or: [{ page: { $gt: 5 } }, { tags: 'q3' }] })).toBe(true)
    expect(matchesFilter(doc, { $and: [{ documentId: 'd1' }, { draft: true }] })).toBe(false)
    expect(
      matchesFilter(doc, { $and: [{ $or: [{ documentId: 'x' }, { page: 3 }] }, { draft: false }] }),
    ).toBe(true)
  })

  it('treats a record without metadata as having no fields', () => {
    expect(matchesFilter(undefined, { documentId: 'd1' })).toBe(false)
    expect(matchesFilter(undefined, { documentId: { $ne: 'd1' } })).toBe(true)
    expect(matchesFilter(undefined, { documentId: { $exists: false } })).toBe(true)
  })

  it('does not compare numbers with strings', () => {
    expect(matchesFilter({ page: '3' }, { page: 3 })).toBe(false)
    expect(matchesFilter({ page: '3' }, { page: { $gte: 1 } })).toBe(false)
  })

  it.each([
    [{ page: { $regex: 'x' } }, /unknown operator \$regex/],
    [{ $not: { page: 1 } }, /unknown operator \$not/],
    [{ page: { $gt: '3' } }, /page\.\$gt needs a number/],
    [{ documentId: { $in: 'd1' } }, /documentId\.\$in needs an array/],
    [{ page: { $exists: 1 } }, /needs true or false/],
    [{ $or: [] }, /\$or needs a non-empty array/],
    [{ tags: ['a'] }, /tags\.\$eq needs a string, number or boolean/],
  ])('refuses %j as invalid', (filter, message) => {
    expect(() => compileFilter(filter)).toThrow(message)
    expect(() => compileFilter(filter)).toThrow(
      expect.objectContaining({ code: 'request.invalid' }),
    )
  })
})
