import { setTimeout as sleep } from 'node:timers/promises'

/** How many BatchWriteItem rounds to spend on items DynamoDB left unprocessed (throttling). */
const maxRounds = 5

/**
 * Deletes items by key with ElectroDB's batch delete (25 keys per BatchWriteItem, chunked by
 * ElectroDB), retrying the keys DynamoDB leaves unprocessed. Resolves how many were deleted.
 * @example await deleteAll(keys, (batch) => db.entities.membership.delete(batch).go())
 */
export async function deleteAll<K>(
  keys: K[],
  remove: (batch: K[]) => Promise<{ unprocessed: K[] }>,
): Promise<number> {
  let pending = keys
  for (let round = 1; pending.length > 0; round++) {
    if (round > maxRounds) throw new Error(`${pending.length} deletes left unprocessed`)
    if (round > 1) await sleep(50 * 2 ** round)
    pending = (await remove(pending)).unprocessed
  }
  return keys.length
}

/**
 * Runs `work` on every item, at most `concurrency` at a time: fan-out writes that must not burst
 * past a partition's throughput or the client's sockets.
 */
export async function forEachLimited<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
}
