import type { AddressInfo } from 'node:net'
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb'
import { createDynamoDbClients } from '@chatter/aws'
import type { LocalStack } from '@chatter/local'
import { local } from '@chatter/resources'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

/**
 * The floor of the API figures (DESIGN §7): a bare Hono app on its own port whose one route does
 * one DynamoDB Query against the stack's own DynamoDB Local: the page of 20 conversations the
 * list route reads (gsi2, the user's partition, newest first), with the same SDK clients and
 * settings as the app, and nothing else (no auth, rate limit, validation or mapping).
 */
export async function startQueryFloor(stack: LocalStack) {
  const { document } = createDynamoDbClients({
    region: local.region,
    credentials: local.credentials,
    endpoint: stack.endpoints.dynamodb,
  })
  const TableName = stack.endpoints.table
  // The partition of the bench user's conversations, as ElectroDB wrote it (read once).
  const scanned = await document.send(
    new ScanCommand({
      TableName,
      FilterExpression: '#entity = :conversation',
      ExpressionAttributeNames: { '#entity': '__edb_e__' },
      ExpressionAttributeValues: { ':conversation': 'conversation' },
    }),
  )
  const partition = scanned.Items?.[0]?.gsi2pk as string | undefined
  if (!partition) throw new Error('no conversation in the table to query')

  const app = new Hono().get('/floor', async (c) => {
    const { Items = [] } = await document.send(
      new QueryCommand({
        TableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': partition },
        ScanIndexForward: false,
        Limit: 20,
      }),
    )
    return c.json({ items: Items })
  })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    )
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/floor`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  }
}
