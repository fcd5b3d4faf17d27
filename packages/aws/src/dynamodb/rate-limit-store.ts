import type { BucketState, RateLimitStore } from '@chatter/core'
import { isConditionFailure } from './errors'
import type { ChatterTable } from './table'

/**
 * Token buckets shared by every Lambda instance: a read, then a write that succeeds only if the
 * bucket's version is still the one read (compare-and-set), so concurrent requests cannot both
 * spend the same token. Idle buckets expire through TTL.
 * @example if (!(await store.put(key, next, current?.version, expiresAt))) retry()
 */
export class DynamoRateLimitStore implements RateLimitStore {
  constructor(private readonly table: ChatterTable) {}

  async get(key: string): Promise<BucketState | undefined> {
    // Consistent, or a stale version would make the following put fail and the caller retry.
    const { data } = await this.table.entities.rateLimit.get({ key }).go({ consistent: true })
    return data
      ? { tokens: data.tokens, updatedAt: data.updatedAt, version: data.version }
      : undefined
  }

  async put(
    key: string,
    next: BucketState,
    expectedVersion: number | undefined,
    expiresAt: number,
  ): Promise<boolean> {
    const buckets = this.table.entities.rateLimit
    const item = {
      key,
      tokens: next.tokens,
      updatedAt: next.updatedAt,
      version: next.version,
      ttl: expiresAt,
    }
    try {
      if (expectedVersion === undefined) {
        await buckets.create(item).go()
      } else {
        await buckets
          .put(item)
          .where(({ version }, { eq }) => eq(version, expectedVersion))
          .go()
      }
      return true
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
  }
}
