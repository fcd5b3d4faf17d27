import { randomUUID } from 'node:crypto'
import { createDynamoDbClients, createTable, type DynamoDbClients } from '@chatter/aws'
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
