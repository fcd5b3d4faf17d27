import { documentsBucket, functions, ingestQueue, prefixes } from '@chatter/resources'
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources'
import { Bucket, EventType } from 'aws-cdk-lib/aws-s3'
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications'
import { Duration } from 'aws-cdk-lib/core'
import { type StackContext, use } from 'sst/constructs'
import { appEnvironment, chatterFunction } from './function'
import { grantEmbed, grantRunWorkflows, pineconeApiKey } from './permissions'
import { grantWebhookPublishing, Queues } from './queues'
import { deploySettings } from './settings'
import { Storage } from './storage'
import { Workflows } from './workflows'

/** Files landing in the bucket -> the ingest queue -> the ingest function (inline or workflow). */
export function Ingestion({ app, stack }: StackContext) {
  const { table, bucket } = use(Storage)
  const { queue, webhookQueue } = use(Queues)
  const { stateMachine, workflowRuns } = use(Workflows)
  const settings = deploySettings(app.stage)

  const ingest = chatterFunction(stack, functions.ingest, settings, {
    ...appEnvironment(settings, { table, bucket, queue, stateMachine }),
    ...workflowRuns.environment,
  })
  ingest.addEventSource(
    new SqsEventSource(queue, {
      batchSize: ingestQueue.batchSize,
      maxBatchingWindow: Duration.seconds(ingestQueue.maxBatchingWindowSeconds),
      // A failed record is retried (and dead-lettered) alone, not with its whole batch.
      reportBatchItemFailures: true,
    }),
  )
  // Reads everything it ingests, and the export files users upload under imports/ (`import.run`).
  bucket.grantRead(ingest)
  stateMachine.grantStartExecution(ingest)
  table.grantReadWriteData(ingest)
  // Small documents are ingested inline: the same extract/embed/upsert steps as the workflow,
  // which write lexical index snapshots under blobs/ and delete the superseded ones.
  bucket.grantPut(ingest, `${prefixes.blobs}*`)
  // Data exports are built here too (the `export.run` command): their archives go under exports/.
  bucket.grantPut(ingest, `${prefixes.exports}*`)
  // Bulk document jobs run here too: a bulk delete removes uploaded and dropped files, and a
  // long job re-queues its own continuation.
  bucket.grantDelete(ingest)
  queue.grantSendMessages(ingest)
  grantWebhookPublishing(ingest, webhookQueue) // document.ready / document.failed
  grantEmbed(ingest, settings.embeddingModelId)
  pineconeApiKey(stack, settings.pineconeApiKeyParameter).grantRead(ingest)
  // Documents that became ready start the workflows subscribed to `document.ready`.
  grantRunWorkflows(ingest, { role: workflowRuns.role, prefix: workflowRuns.prefix, stack })

  // Notifications are declared on an imported reference from this stack: on the bucket itself
  // they would make Storage reference the queue while the queue's policy references the bucket,
  // a cycle between the two stateful stacks. The imported form merges with any other
  // notification configuration instead of replacing it.
  const documents = Bucket.fromBucketAttributes(stack, `${documentsBucket.id}Notifications`, {
    bucketArn: bucket.bucketArn,
    bucketName: bucket.bucketName,
  })
  for (const prefix of documentsBucket.ingestPrefixes) {
    documents.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(queue), { prefix })
  }

  return { ingest }
}
