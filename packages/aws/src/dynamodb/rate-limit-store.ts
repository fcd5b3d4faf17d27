import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { BucketWrite, RateLimitStore } from '@chatter/core'
import { fields } from './entities/shared'
import { isConditionFailure } from './errors'
import type { ChatterTable } from './table'

type Update = Pick<
  ConstructorParameters<typeof UpdateCommand>[0],
  'UpdateExpression' | 'ConditionExpression' | 'ExpressionAttributeValues'
>

/**
 * Token buckets shared by every Lambda instance, one item per bucket holding its theoretical
 * arrival time (`tat`). Each call is ONE conditional UpdateItem: on success it returns the new
 * `tat`, and when its condition fails DynamoDB returns the stored item with the refusal
 * (`ReturnValuesOnConditionCheckFailure`), so the caller never needs a separate read. Increments
 * add server-side, so concurrent takes on one bucket sum exactly. Idle buckets expire via TTL.
 * @example const { applied, tat } = await store.increment(key, 100, { atLeast: now }, expiresAt)
 */
export class DynamoRateLimitStore implements RateLimitStore {
  constructor(
    private readonly table: ChatterTable,
    private readonly document: DynamoDBDocumentClient,
  ) {}

  increment(
    key: string,
    amount: number,
    { atLeast, atMost }: { atLeast?: number; atMost?: number },
    expiresAt: number,
  ): Promise<BucketWrite> {
    const conditions = ['attribute_exists(#tat)']
    const values: Record<string, unknown> = { ':amount': amount, ':ttl': expiresAt }
    if (atLeast !== undefined) conditions.push('#tat >= :atLeast')
    if (atMost !== undefined) conditions.push('#tat <= :atMost')
    if (atLeast !== undefined) values[':atLeast'] = atLeast
    if (atMost !== undefined) values[':atMost'] = atMost
    return this.write(key, {
      UpdateExpression: 'SET #tat = #tat + :amount, #ttl = :ttl',
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeValues: values,
    })
  }

  reset(key: string, tat: number, before: number, expiresAt: number): Promise<BucketWrite> {
    // The ElectroDB attributes make a new item one of the entity's, for its reads and deletes.
    return this.write(key, {
      UpdateExpression:
        'SET #tat = :tat, #ttl = :ttl, #key = :key, #entity = :entity, #version = :version',
      ConditionExpression: 'attribute_not_exists(#tat) OR #tat < :before',
      ExpressionAttributeValues: {
        ':tat': tat,
        ':ttl': expiresAt,
        ':before': before,
        ':key': key,
        ':entity': 'rateLimit',
        ':version': '1',
      },
    })
  }

  private async write(key: string, update: Update): Promise<BucketWrite> {
    const { Key, TableName } = this.table.entities.rateLimit.get({ key }).params()
    const names: Record<string, string> = { '#tat': 'tat', '#ttl': fields.ttl }
    if (update.UpdateExpression?.includes('#key'))
      Object.assign(names, { '#key': 'key', '#entity': '__edb_e__', '#version': '__edb_v__' })
    try {
      const { Attributes } = await this.document.send(
        new UpdateCommand({
          TableName,
          Key,
          ...update,
          ExpressionAttributeNames: names,
          ReturnValues: 'UPDATED_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      )
      return { applied: true, tat: numberOf(Attributes?.tat) }
    } catch (error) {
      if (!isConditionFailure(error)) throw error
      // The refusal carries the stored item in DynamoDB's own (unconverted) attribute format.
      const item = (error as { Item?: Record<string, { N?: string } | undefined> }).Item
      return { applied: false, tat: numberOf(item?.tat?.N) }
    }
  }
}

const numberOf = (value: unknown) =>
  value === undefined || value === null ? undefined : Number(value)
