import { randomUUID } from 'node:crypto'
import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb'
import { createDynamoDbClients, createTable, type DynamoDbClients } from '@chatter/aws'
import type { Page, PageRequest } from '@chatter/core'
import { ensureTable } from '@chatter/local'
import { local } from '@chatter/resources'
import { inject } from 'vitest'

/** Clients for the run's DynamoDB Local (started by tests/setup/local-stack.ts). */
export function localDynamoDbClients(): DynamoDbClients {
  return createDynamoDbClients({
    region: local.region,
    endpoint: inject('dynamodbEndpoint'),
    credentials: local.credentials,
  })
}

/**
 * A fresh, uniquely named table for one test, so test files running in parallel never see
 * each other's items.
 */
export async function freshTable() {
  const clients = localDynamoDbClients()
  const tableName = `test-${randomUUID()}`
  await ensureTable(clients.client, tableName)
  return { ...clients, tableName, table: createTable(clients.document, tableName) }
}

/**
 * Walks a paginated list to its end with `limit`, returning each page, so tests can check both
 * the pages' sizes and that the cursor is null exactly on the last one.
 */
export async function walkPages<T>(
  list: (page: PageRequest) => Promise<Page<T>>,
  limit: number,
): Promise<Page<T>[]> {
  const pages: Page<T>[] = []
  let cursor: string | undefined
  do {
    const page = await list({ limit, ...(cursor ? { cursor } : {}) })
    pages.push(page)
    cursor = page.nextCursor ?? undefined
    if (pages.length > 100) throw new Error('pagination does not end')
  } while (cursor)
  return pages
}

/** Every item in a test's table, raw: to prove what a deletion or a failed write left behind. */
export async function scanAll(document: DynamoDBDocumentClient, tableName: string) {
  const items: Record<string, unknown>[] = []
  let ExclusiveStartKey: Record<string, unknown> | undefined
  do {
    const page = await document.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey }))
    items.push(...(page.Items ?? []))
    ExclusiveStartKey = page.LastEvaluatedKey
  } while (ExclusiveStartKey)
  return items
}

/**
 * A clock for repositories that advances one second per reading, so items made one after the
 * other have distinct, ordered timestamps; `jump` moves it further (expiry tests).
 */
export function tickingClock(start = Date.parse('2025-01-01T00:00:00.000Z')) {
  let now = start
  const clock = () => {
    now += 1_000
    return new Date(now)
  }
  return Object.assign(clock, {
    jump: (ms: number) => {
      now += ms
    },
  })
}
