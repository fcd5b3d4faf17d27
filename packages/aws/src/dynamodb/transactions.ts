import { setTimeout as sleep } from 'node:timers/promises'
import type { TransactionItemCode } from 'electrodb'

/** What ElectroDB's `transaction.write(...).go()` resolves. */
interface TransactionResult {
  canceled: boolean
  data: { code: TransactionItemCode }[]
}

/** DynamoDB rarely cancels a transaction for a concurrent one on the same items; retrying is safe. */
const maxAttempts = 3
const retryable = new Set<TransactionItemCode>(['TransactionConflict', 'ThrottlingError'])

/**
 * Runs a write transaction until it commits or is refused. A cancelled transaction does not throw
 * in ElectroDB (it resolves with `canceled: true` and one code per item, in the order written),
 * so this resolves `undefined` when committed and the codes when a condition failed, for the
 * caller to translate into a domain error. Other cancellations are retried, then thrown.
 * @example const codes = await writeTransaction(() => db.transaction.write(build).go())
 */
export async function writeTransaction(
  run: () => Promise<TransactionResult>,
): Promise<TransactionItemCode[] | undefined> {
  for (let attempt = 1; ; attempt++) {
    const result = await run()
    if (!result.canceled) return undefined
    const codes = result.data.map((item) => item.code)
    if (codes.includes('ConditionalCheckFailed')) return codes
    if (!codes.some((code) => retryable.has(code)) || attempt >= maxAttempts) {
      throw new Error(`Transaction cancelled: ${codes.join(', ')}`)
    }
    // A little jitter, so two conflicting writers do not collide again in lockstep.
    await sleep(Math.random() * 25 * attempt)
  }
}

/** Whether the transaction's item at `index` failed its condition. */
export const failedAt = (codes: readonly TransactionItemCode[], index: number): boolean =>
  codes[index] === 'ConditionalCheckFailed'
