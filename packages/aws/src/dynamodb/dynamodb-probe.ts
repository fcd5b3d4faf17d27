import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb'
import type { DependencyProbe } from '@chatter/core'

/** Statuses in which the table serves reads and writes. */
const serving = new Set(['ACTIVE', 'UPDATING'])

/**
 * Readiness of the single table: DescribeTable answers and the table is serving.
 * Costs no read capacity and touches no item.
 */
export function createDynamoDbProbe(client: DynamoDBClient, tableName: string): DependencyProbe {
  return {
    name: 'dynamodb',
    async check(signal) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }), {
        abortSignal: signal,
      })
      const status = Table?.TableStatus ?? 'UNKNOWN'
      if (!serving.has(status)) throw new Error(`table ${tableName} is ${status}`)
    },
  }
}
