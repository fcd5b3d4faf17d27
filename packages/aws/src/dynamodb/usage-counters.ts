import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb'
import type { UsageCounters, UsageDay } from '@chatter/core'
import { deleteAll } from './batch'
import { isConditionFailure } from './errors'
import type { ChatterTable } from './table'

/** Counter attributes are named `c#<counter>`; everything else on the item is keys and bookkeeping. */
const counterPrefix = 'c#'

/**
 * Usage counters by scope and UTC day (entities/usage): one item per (scope, day), each counter
 * a number attribute that one UpdateItem `ADD`s to, so concurrent events sum exactly without a
 * read. Counter names go through expression attribute names, so model ids and tool names may
 * hold any character. Markers are conditional creates with a TTL.
 * @example await usage.add('ws_1', '2026-11-21', { messages: 1, 'model#gpt-4o#tokensIn': 812 })
 */
export class DynamoUsageCounters implements UsageCounters {
  constructor(
    private readonly table: ChatterTable,
    private readonly document: DynamoDBDocumentClient,
  ) {}

  async claim(marker: string, expiresAt: Date): Promise<boolean> {
    try {
      await this.table.entities.usageMarker
        .create({ marker, ttl: Math.ceil(expiresAt.getTime() / 1000) })
        .go()
      return true
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
  }

  async release(marker: string): Promise<void> {
    await this.table.entities.usageMarker.delete({ marker }).go()
  }

  async add(scope: string, day: string, counts: Readonly<Record<string, number>>): Promise<void> {
    const entries = Object.entries(counts).filter(([, value]) => value !== 0)
    if (entries.length === 0) return
    const { Key, TableName } = this.table.entities.usageDay.get({ scope, day }).params()
    const names: Record<string, string> = {
      '#scope': 'scope',
      '#day': 'day',
      '#entity': '__edb_e__',
      '#version': '__edb_v__',
    }
    const values: Record<string, unknown> = {
      ':scope': scope,
      ':day': day,
      ':entity': 'usageDay',
      ':version': '1',
    }
    const adds = entries.map(([name, value], index) => {
      names[`#c${index}`] = `${counterPrefix}${name}`
      values[`:c${index}`] = value
      return `#c${index} :c${index}`
    })
    // The ElectroDB attributes make the item one of the entity's, for its queries and deletes.
    await this.document.send(
      new UpdateCommand({
        TableName,
        Key,
        UpdateExpression: `SET #scope = :scope, #day = :day, #entity = :entity, #version = :version ADD ${adds.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    )
  }

  async days(scope: string, from: string, to: string): Promise<UsageDay[]> {
    const query = this.table.entities.usageDay.query
      .byScope({ scope })
      .between({ day: from }, { day: to })
      .params<QueryCommandInput>()
    const days: UsageDay[] = []
    let ExclusiveStartKey: Record<string, unknown> | undefined
    do {
      // Consistent: a count just made shows at once (the e2e test reads right after chatting).
      const page = await this.document.send(
        new QueryCommand({ ...query, ConsistentRead: true, ExclusiveStartKey }),
      )
      for (const item of page.Items ?? []) days.push(dayOf(item))
      ExclusiveStartKey = page.LastEvaluatedKey
    } while (ExclusiveStartKey)
    return days
  }
}

function dayOf(item: Record<string, unknown>): UsageDay {
  const counts: Record<string, number> = {}
  for (const [name, value] of Object.entries(item))
    if (name.startsWith(counterPrefix) && typeof value === 'number')
      counts[name.slice(counterPrefix.length)] = value
  return { day: String(item.day), counts }
}

/**
 * Deletes a workspace's usage counters (workspace deletion), found by key in its partition. Its
 * markers expire through their TTL within two days.
 */
export async function deleteWorkspaceUsage(table: ChatterTable, workspaceId: string) {
  const { usageDay } = table.entities
  const { data } = await usageDay.query
    .byScope({ scope: workspaceId })
    .go({ pages: 'all', consistent: true })
  return deleteAll(
    data.map(({ scope, day }) => ({ scope, day })),
    (batch) => usageDay.delete(batch).go(),
  )
}
