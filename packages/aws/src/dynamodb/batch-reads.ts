import { setTimeout as sleep } from 'node:timers/promises'

/** How many BatchGetItem rounds to spend on keys DynamoDB left unprocessed (throttling). */
const maxRounds = 5

/**
 * Reads items by key with ElectroDB's batch get (100 keys per BatchGetItem, chunked by
 * ElectroDB), retrying the keys DynamoDB leaves unprocessed. Missing items are simply absent;
 * the order is DynamoDB's, so callers index the result by key.
 * @example const items = await getAll(keys, (batch) => db.entities.document.get(batch).go())
 */
export async function getAll<K, I>(
  keys: K[],
  read: (batch: K[]) => Promise<{ data: I[]; unprocessed: K[] }>,
): Promise<I[]> {
  const found: I[] = []
  let pending = keys
  for (let round = 1; pending.length > 0; round++) {
    if (round > maxRounds) throw new Error(`${pending.length} reads left unprocessed`)
    if (round > 1) await sleep(50 * 2 ** round)
    const { data, unprocessed } = await read(pending)
    found.push(...data)
    pending = unprocessed
  }
  return found
}

/**
 * Writes items with ElectroDB's batch put (25 per BatchWriteItem, chunked by ElectroDB),
 * retrying the items DynamoDB leaves unprocessed: ElectroDB answers those by their key
 * attributes, which `keyOf` matches back to the items to write again. Of items with the same
 * key only the last is written (one BatchWriteItem refuses duplicate keys).
 * @example await putAll(chunks, (c) => c.id, (batch) => db.entities.chunk.put(batch).go())
 */
export async function putAll<I extends K, K>(
  items: I[],
  keyOf: (key: K) => string,
  write: (batch: I[]) => Promise<{ unprocessed: K[] }>,
): Promise<void> {
  const byKey = new Map(items.map((item) => [keyOf(item), item]))
  let pending = [...byKey.values()]
  for (let round = 1; pending.length > 0; round++) {
    if (round > maxRounds) throw new Error(`${pending.length} writes left unprocessed`)
    if (round > 1) await sleep(50 * 2 ** round)
    const { unprocessed } = await write(pending)
    pending = unprocessed.flatMap((key) => {
      const item = byKey.get(keyOf(key))
      return item ? [item] : []
    })
  }
}
