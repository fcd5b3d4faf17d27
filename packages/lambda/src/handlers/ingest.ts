import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch'
import type { Logger } from '@aws-lambda-powertools/logger'
import {
  type IngestAttempt,
  type IngestQueueCommand,
  ingestQueueCommandSchema,
  isIngestQueueCommand,
  parseStorageNotification,
  type StoredObject,
} from '@chatter/core'
import { ingestQueue } from '@chatter/resources'
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda'
import { withEventStack } from '../event-stack'

/** Which delivery of its message a record is, and how long the invocation has left. */
export interface RecordAttempt extends IngestAttempt {
  /** Milliseconds left in this invocation (long bulk jobs stop and re-queue in time). */
  remainingMs(): number
}

export interface IngestHandlerDependencies {
  logger: Logger
  /** Called once per object that landed under an ingest prefix. Must be idempotent. */
  onStoredObject(object: StoredObject, attempt: RecordAttempt): Promise<unknown>
  /** Called for each command the API queued (reprocess, bulk job). Must be idempotent. */
  onCommand(command: IngestQueueCommand, attempt: RecordAttempt): Promise<unknown>
}

/** The delivery count SQS reports; the last one before the message dead-letters is final. */
export function recordAttempt(record: SQSRecord, context?: Context): RecordAttempt {
  const receiveCount = Math.max(1, Number(record.attributes?.ApproximateReceiveCount) || 1)
  return {
    receiveCount,
    finalAttempt: receiveCount >= ingestQueue.deadLetter.maxReceiveCount,
    remainingMs: () => context?.getRemainingTimeInMillis?.() ?? Number.POSITIVE_INFINITY,
  }
}

/**
 * The ingest queue's consumer: each SQS record holds one S3 notification or one command of the
 * API (`ingestQueueCommandSchema`). Records are processed independently and only the failed ones
 * are reported back (partial batch failure), so one bad file never makes the others run again;
 * a failed record is retried until its message dead-letters.
 */
export function createIngestHandler(deps: IngestHandlerDependencies) {
  const handleRecord = async (record: SQSRecord, context: Context) => {
    const attempt = recordAttempt(record, context)
    const body: unknown = JSON.parse(record.body)
    if (isIngestQueueCommand(body)) {
      const command = ingestQueueCommandSchema.parse(body)
      deps.logger.info('ingest command received', {
        kind: command.kind,
        receiveCount: attempt.receiveCount,
      })
      await deps.onCommand(command, attempt)
      return
    }
    for (const object of parseStorageNotification(record.body)) {
      deps.logger.info('stored object received', {
        key: object.key,
        workspaceId: object.workspaceId,
        receiveCount: attempt.receiveCount,
      })
      await deps.onStoredObject(object, attempt)
    }
  }
  return withEventStack(deps.logger, (event: SQSEvent, context: Context) =>
    processPartialResponse(
      event,
      (record: SQSRecord) => handleRecord(record, context),
      new BatchProcessor(EventType.SQS),
      { context },
    ),
  )
}
