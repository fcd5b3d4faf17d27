import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'

/** Pages an in-memory list the way the real adapters do: an opaque cursor, null at the end. */
export function paginate<T>(items: readonly T[], { limit, cursor }: PageRequest): Page<T> {
  const start =
    cursor === undefined ? 0 : Number.parseInt(Buffer.from(cursor, 'base64url').toString(), 10)
  if (!Number.isInteger(start) || start < 0)
    throw new DomainError('request.invalid', 'Invalid cursor.')
  const end = start + limit
  return {
    items: items.slice(start, end),
    nextCursor: end < items.length ? Buffer.from(String(end)).toString('base64url') : null,
  }
}

export const conflict = (message: string) => new DomainError('resource.conflict', message)
export const notFound = (message: string) => new DomainError('resource.notFound', message)
