import type { MessageQueue } from '@chatter/core'
import { local } from '@chatter/resources'
import { type S3rverEventRecord, toS3EventRecord } from './s3-event-record'

/** Anything that emits s3rver's `'event'` (the s3rver instance from `startS3Server`). */
export interface S3EventSource {
  on(event: 'event', listener: (event: unknown) => void): unknown
  off(event: 'event', listener: (event: unknown) => void): unknown
}

export interface S3EventBridgeOptions {
  source: S3EventSource
  /** The queue the bucket notifies (an `SqsMessageQueue` on the ingest queue). */
  queue: MessageQueue
  bucket: string
  /** Only keys under one of these prefixes notify, like S3's prefix filters. */
  prefixes: readonly string[]
  region?: string
  configurationId?: string
  /** Called when a notification cannot be sent; nothing is logged otherwise. */
  onError?: (error: unknown) => void
}

export interface S3EventBridge {
  /** Resolves once every notification already emitted has been sent (or failed). */
  flush(): Promise<void>
  /** Stops listening, then flushes. */
  detach(): Promise<void>
}

/**
 * The local twin of an S3 -> SQS bucket notification: every object created in `bucket` under one
 * of `prefixes` is sent to `queue` as S3 sends it, `{ Records: [S3EventRecord] }` with the key
 * URL-encoded, one record per message.
 */
export function bridgeS3EventsToQueue({
  source,
  queue,
  bucket,
  prefixes,
  region = local.region,
  configurationId = 'local-ingest',
  onError = () => {},
}: S3EventBridgeOptions): S3EventBridge {
  const pending = new Set<Promise<void>>()
  const listener = (event: unknown) => {
    for (const raw of recordsOf(event)) {
      const { name } = raw.s3.bucket
      const { key } = raw.s3.object
      if (name !== bucket || !raw.eventName.startsWith('ObjectCreated:')) continue
      if (!prefixes.some((prefix) => key.startsWith(prefix))) continue
      const record = toS3EventRecord(raw, { region, configurationId })
      const sent = queue.send({ Records: [record] }).then(() => {}, onError)
      pending.add(sent)
      void sent.finally(() => pending.delete(sent))
    }
  }
  source.on('event', listener)
  const flush = async () => {
    await Promise.all(pending)
  }
  return {
    flush,
    async detach() {
      source.off('event', listener)
      await flush()
    },
  }
}

function recordsOf(event: unknown): S3rverEventRecord[] {
  const records = (event as { Records?: unknown } | undefined)?.Records
  return Array.isArray(records) ? (records as S3rverEventRecord[]) : []
}
