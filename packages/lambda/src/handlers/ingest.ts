import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch'
import type { Logger } from '@aws-lambda-powertools/logger'
import { parseStorageNotification, type StoredObject } from '@chatter/core'
import type { SQSEvent, SQSRecord } from 'aws-lambda'
import { withEventStack } from '../event-stack'

export interface IngestHandlerDependencies {
  logger: Logger
  /** Called once per object that landed under an ingest prefix. Must be idempotent. */
  onStoredObject(object: StoredObject): Promise<void>
}

/**
 * The ingest queue's consumer: each SQS record holds one S3 notification. Records are processed
 * independently and only the failed ones are reported back (partial batch failure), so one bad
 * file never makes the others run again.
 */
export function createIngestHandler(deps: IngestHandlerDependencies) {
  const recordHandler = async (record: SQSRecord) => {
    for (const object of parseStorageNotification(record.body)) {
      deps.logger.info('stored object received', {
        key: object.key,
        workspaceId: object.workspaceId,
      })
      await deps.onStoredObject(object)
    }
  }
  return withEventStack(deps.logger, (event: SQSEvent, context) =>
    processPartialResponse(event, recordHandler, new BatchProcessor(EventType.SQS), { context }),
  )
}
