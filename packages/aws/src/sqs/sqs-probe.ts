import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs'
import type { DependencyProbe } from '@chatter/core'

/**
 * Readiness probe `queue`: GetQueueAttributes on the ingest queue, which proves the endpoint
 * answers, the credentials are accepted and the queue exists, without touching messages.
 */
export function createSqsProbe(client: SQSClient, queueUrl: string): DependencyProbe {
  return {
    name: 'queue',
    async check(signal) {
      await client.send(
        new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
        { abortSignal: signal },
      )
    },
  }
}
