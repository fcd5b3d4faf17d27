import { DomainError, maxPageSize, type Page, type PageRequest } from '@chatter/core'
import { isCursorRejection } from './errors'

/** The options a query's `.go()` takes for one page, as `queryPage` sets them. */
export interface PageOptions {
  cursor: string | null
  count: number
  limit: number
}

/**
 * Reads one page of a query. It asks ElectroDB for `limit + 1` items: ElectroDB keeps querying
 * until it has them or the results end, which steps over the short or empty DynamoDB pages that
 * filters (and an exactly full last page) produce. The extra item only tells whether more
 * follow; the cursor is made from the last item returned, so `nextCursor` is null exactly on the
 * last page. A cursor a client forged or took from another list becomes `request.invalid`.
 * @example return queryPage(page, (o) => q.go({ ...o, order: 'desc' }), toCursor, toDomain)
 */
export async function queryPage<I, T>(
  page: PageRequest,
  run: (options: PageOptions) => Promise<{ data: I[] }>,
  toCursor: (item: I) => string,
  toDomain: (item: I) => T,
): Promise<Page<T>> {
  const limit = Math.min(Math.max(Math.trunc(page.limit) || 1, 1), maxPageSize)
  const cursor = page.cursor ? checkedCursor(page.cursor) : null
  let data: I[]
  try {
    ;({ data } = await run({ cursor, count: limit + 1, limit: limit + 1 }))
  } catch (error) {
    if (cursor !== null && isCursorRejection(error)) throw invalidCursor()
    throw error
  }
  const items = data.slice(0, limit)
  const last = items.at(-1)
  return {
    items: items.map(toDomain),
    nextCursor: data.length > limit && last !== undefined ? toCursor(last) : null,
  }
}

/** ElectroDB's cursors are base64url JSON of the last key; anything else is refused early. */
function checkedCursor(cursor: string): string {
  let key: unknown
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor()
  }
  const isKey =
    typeof key === 'object' &&
    key !== null &&
    !Array.isArray(key) &&
    Object.values(key).every((value) => typeof value === 'string' || typeof value === 'number')
  if (!isKey) throw invalidCursor()
  return cursor
}

const invalidCursor = () =>
  new DomainError('request.invalid', 'The cursor is not valid for this list.', {
    errors: [{ path: 'cursor', message: 'Use a nextCursor from the same list.' }],
  })
