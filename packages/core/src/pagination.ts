/** A page request as every list route takes it: `?limit=` (1-100, default 20) and `?cursor=`. */
export interface PageRequest {
  limit: number
  /** Opaque; from a previous page's `nextCursor`. */
  cursor?: string
}

/** A page as every list route answers it; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export const defaultPageSize = 20
export const maxPageSize = 100
