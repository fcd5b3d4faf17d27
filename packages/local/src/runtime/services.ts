import { join } from 'node:path'
import { createDynamoDbClients, createS3Client, createSqsClient } from '@chatter/aws'
import { documentsBucket, ingestQueue, local, table } from '@chatter/resources'
import { type DynamoDbLocal, ensureTable, startDynamoDbLocal } from '../dynamodb'
import { type LocalS3Server, startS3Server } from '../s3'
import { ensureQueues, type LocalSqsServer, type ProvisionedQueues, startSqsServer } from '../sqs'
import { localWebhookQueue } from './local-webhooks'

/** The AWS stand-ins that run as servers, their clients, and the resources provisioned on them. */
export interface LocalServices {
  dynamodb: DynamoDbLocal
  s3: LocalS3Server
  sqs: LocalSqsServer
  queues: ProvisionedQueues
  /** The webhook queue and its dead-letter queue. */
  webhookQueues: ProvisionedQueues
  clients: {
    dynamodb: ReturnType<typeof createDynamoDbClients>
    s3: ReturnType<typeof createS3Client>
    sqs: ReturnType<typeof createSqsClient>
  }
  stop(): Promise<void>
}

const connection = { region: local.region, credentials: local.credentials }

/**
 * Starts DynamoDB Local, the S3 server and the SQS server (at once: DynamoDB Local's JVM is the
 * slow one), then creates the table, bucket and queues exactly as `@chatter/resources` declares
 * them for `infra/`. Data persists under `dataDir`, except queued messages (in memory).
 */
export async function startLocalServices(dataDir: string): Promise<LocalServices> {
  const started: { stop(): Promise<void> }[] = []
  const track = <T extends { stop(): Promise<void> }>(service: T) => {
    started.push(service)
    return service
  }
  const stop = async () => {
    await Promise.allSettled(started.reverse().map((service) => service.stop()))
  }
  try {
    // Settle all three before going on, so a failure never leaves another one running untracked.
    const [dynamodb, s3, sqs] = await allOrThrow([
      startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') }).then(track),
      startS3Server({
        directory: join(dataDir, 's3'),
        buckets: [{ name: documentsBucket.localName, cors: documentsBucket.cors }],
      }).then(track),
      startSqsServer().then(track),
    ] as const)
    const clients = {
      dynamodb: createDynamoDbClients({ ...connection, endpoint: dynamodb.endpoint }),
      s3: createS3Client({ ...connection, endpoint: s3.endpoint, forcePathStyle: true }),
      sqs: createSqsClient({ ...connection, endpoint: sqs.endpoint }),
    }
    const [, queues, webhookQueues] = await Promise.all([
      ensureTable(clients.dynamodb.client, table.localName),
      ensureQueues(clients.sqs, ingestQueue),
      ensureQueues(clients.sqs, localWebhookQueue),
    ])
    return { dynamodb, s3, sqs, queues, webhookQueues, clients, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function allOrThrow<T extends readonly unknown[]>(
  promises: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(promises)
  const failed = results.find((result) => result.status === 'rejected')
  if (failed) throw failed.reason
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>
  }
}
