import { DomainError, type FieldError } from '../../errors'

/** The bounds of document tags, shared by the use cases, the bulk jobs and the API's schemas. */
export const tagLimits = {
  /** Characters of one tag, once normalised. */
  length: 50,
  /** Tags on one document, once normalised and deduplicated. */
  perDocument: 20,
} as const

const tagPattern = /^[a-z0-9 _-]+$/

/**
 * The stored form of a tag: trimmed, inner whitespace runs as one space, lower case. Tags
 * compare in this form, so `" Q3  Report"` and `"q3 report"` are one tag.
 */
export const normalizeTag = (raw: string): string => raw.trim().replace(/\s+/g, ' ').toLowerCase()

/** Why `raw` cannot be a tag (judged in its normalised form), or undefined when it can. */
export function tagProblem(raw: string): string | undefined {
  const tag = normalizeTag(raw)
  if (tag.length === 0) return 'Give a tag of at least one character.'
  if (tag.length > tagLimits.length) return `Keep each tag to ${tagLimits.length} characters.`
  if (!tagPattern.test(tag)) return 'Use only letters a-z, digits, spaces, "-" and "_" in a tag.'
  return undefined
}

/**
 * A document's tags as stored: each normalised, duplicates dropped, sorted; or a 422 listing
 * every bad tag by path (`tags.2`) and a count over `tagLimits.perDocument`.
 * @example normalizeTags([' Finance', 'q3', 'finance']) // ['finance', 'q3']
 */
export function normalizeTags(raw: readonly string[], path = 'tags'): string[] {
  const errors: FieldError[] = raw.flatMap((tag, i) => {
    const message = tagProblem(tag)
    return message ? [{ path: `${path}.${i}`, message }] : []
  })
  const tags = [...new Set(raw.map(normalizeTag))].sort()
  if (errors.length === 0 && tags.length > tagLimits.perDocument)
    errors.push({ path, message: `Give a document at most ${tagLimits.perDocument} tags.` })
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'Some tags are invalid.',
      { errors },
    )
  return tags
}
