import type { paths } from './schema'

/** The body of one of the list routes: `{ items, nextCursor }`. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/** The routes answering a page: what `paginate` accepts. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends {
    get: { responses: { 200: { content: { 'application/json': Page<unknown> } } } }
  }
    ? P
    : never
}[keyof paths]

/** The item type of a list route. */
export type ItemOf<P extends ListPath> =
  paths[P]['get']['responses'][200]['content']['application/json'] extends Page<infer T> ? T : never

/** The parameters of a list route (`query`, `path`, `header`). */
export type ListParams<P extends ListPath> = paths[P]['get'] extends { parameters: infer Q }
  ? Q
  : never

/**
 * Every item of a list route, page after page: `readPage` answers one page for a cursor (none
 * for the first); the generator stops after the page without `nextCursor`, and reads a page
 * only when the caller wants more items than it has.
 */
export async function* pages<T>(
  readPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T> {
  let cursor: string | undefined
  const seen = new Set<string>()
  do {
    const page = await readPage(cursor)
    yield* page.items
    cursor = page.nextCursor ?? undefined
    // A server answering the same cursor again would loop forever; better to stop loudly.
    if (cursor && seen.has(cursor)) throw new Error(`The server repeated the cursor ${cursor}.`)
    if (cursor) seen.add(cursor)
  } while (cursor)
}
