import { setTimeout as sleep } from 'node:timers/promises'
import {
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs'
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda'
import { toSqsRecord } from './sqs-record'

export type SqsPollerPhase = 'receive' | 'handler' | 'delete'

export interface SqsPollerOptions {
  client: SQSClient
  queueUrl: string
  queueArn: string
  // biome-ignore lint/suspicious/noConfusingVoidType: SQSHandler's own result type, so a Lambda handler fits as is
  handler: (event: SQSEvent) => Promise<SQSBatchResponse | void>
  /** Records per invocation (1-10). */
  batchSize?: number
  /**
   * Long-poll wait (0-1 s advised): local-aws-sqs returns early only when the batch is full,
   * so a longer wait delays every partial batch by that much.
   */
  waitTimeSeconds?: number
  /** Overrides the queue's visibility timeout for the messages this poller receives. */
  visibilityTimeoutSeconds?: number
  /** Called with what went wrong; the poller logs nothing itself. */
  onError?: (error: unknown, phase: SqsPollerPhase) => void
}

export interface SqsPoller {
  /** Stops polling and resolves once the batch in flight (if any) has been handled and deleted. */
  stop(): Promise<void>
}

/**
 * The local twin of Lambda's SQS event source: receives batches, hands them to `handler` as an
 * `SQSEvent`, deletes the records that succeeded. Only records named in `batchItemFailures` are
 * retried (after the visibility timeout); a handler that throws, or names an id not in the batch,
 * fails the whole batch. Dead-lettering is the queue's own RedrivePolicy, which local-aws-sqs
 * applies after `maxReceiveCount` receives, as SQS does.
 */
export function startSqsPoller(options: SqsPollerOptions): SqsPoller {
  const stopping = new AbortController()
  const done = poll(options, stopping.signal)
  return {
    async stop() {
      stopping.abort()
      await done
    },
  }
}

async function poll(options: SqsPollerOptions, signal: AbortSignal): Promise<void> {
  const { client, queueUrl, batchSize = 10, waitTimeSeconds = 1, onError = () => {} } = options
  while (!signal.aborted) {
    let messages: Message[]
    try {
      // Not aborted by stop(): a batch received meanwhile is still handled rather than left
      // invisible for a whole visibility timeout; the wait is at most waitTimeSeconds.
      const received = await client.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: batchSize,
          WaitTimeSeconds: waitTimeSeconds,
          VisibilityTimeout: options.visibilityTimeoutSeconds,
          // local-aws-sqs reads only the older AttributeNames; SQS accepts both.
          AttributeNames: ['All'],
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
      )
      messages = latestPerMessage(received.Messages ?? [])
    } catch (error) {
      if (signal.aborted) return
      onError(error, 'receive')
      await sleep(1_000, undefined, { signal }).catch(() => {})
      continue
    }
    if (messages.length > 0) await deliver(options, messages, onError)
  }
}

async function deliver(
  { client, queueUrl, queueArn, handler }: SqsPollerOptions,
  messages: Message[],
  onError: (error: unknown, phase: SqsPollerPhase) => void,
): Promise<void> {
  const region = queueArn.split(':')[3] ?? ''
  const records = messages.map((message) => toSqsRecord(message, { queueArn, region }))
  const ids = new Set(records.map((record) => record.messageId))
  let failed: Set<string>
  try {
    const response = await handler({ Records: records })
    const reported = (response?.batchItemFailures ?? []).map((item) => item?.itemIdentifier)
    // Lambda fails the whole batch when a reported id is missing or not in the batch.
    failed = reported.every((id) => ids.has(id)) ? new Set(reported) : ids
  } catch (error) {
    onError(error, 'handler')
    failed = ids
  }
  const succeeded = records.filter((record) => !failed.has(record.messageId))
  if (succeeded.length === 0) return
  try {
    const { Failed = [] } = await client.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: succeeded.map((record, index) => ({
          Id: String(index),
          ReceiptHandle: record.receiptHandle,
        })),
      }),
    )
    if (Failed.length > 0)
      onError(new Error(`could not delete ${Failed.length} message(s)`), 'delete')
  } catch (error) {
    onError(error, 'delete')
  }
}

/**
 * local-aws-sqs can put one message in a batch twice when its visibility timeout runs out during
 * the wait; keep the latest receipt, as SQS never repeats a message within one response.
 */
function latestPerMessage(messages: Message[]): Message[] {
  return [...new Map(messages.map((message) => [message.MessageId, message])).values()]
}
