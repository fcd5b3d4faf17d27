import type { S3EventRecord } from 'aws-lambda'

/** The record s3rver emits: S3-notification-shaped, but with the raw key and a malformed ARN. */
export interface S3rverEventRecord {
  eventTime: string
  eventName: string
  userIdentity: { principalId: string }
  requestParameters: { sourceIPAddress: string }
  responseElements: { 'x-amz-request-id': string; 'x-amz-id-2': string }
  s3: {
    bucket: { name: string; ownerIdentity: { principalId: string } }
    object: { key: string; size?: number; eTag?: string; sequencer: string }
  }
}

/**
 * Encodes an object key the way S3 writes it into event notifications: form-URL-encoding
 * (space -> `+`, UTF-8 percent-encoded, only `A-Z a-z 0-9 . - _ *` kept) with `/` left as is.
 * Consumers decode with `decodeURIComponent(key.replace(/\+/g, ' '))`.
 */
export function encodeS3EventKey(key: string): string {
  return key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/[!'()~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+'),
    )
    .join('/')
}

/** Rewrites an s3rver record as S3 itself would send it to a queue. */
export function toS3EventRecord(
  raw: S3rverEventRecord,
  { region, configurationId }: { region: string; configurationId: string },
): S3EventRecord {
  const { bucket, object } = raw.s3
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: region,
    eventTime: raw.eventTime,
    eventName: raw.eventName,
    userIdentity: { principalId: raw.userIdentity.principalId },
    requestParameters: { sourceIPAddress: raw.requestParameters.sourceIPAddress },
    responseElements: raw.responseElements,
    s3: {
      s3SchemaVersion: '1.0',
      configurationId,
      bucket: {
        name: bucket.name,
        ownerIdentity: { principalId: bucket.ownerIdentity.principalId },
        arn: `arn:aws:s3:::${bucket.name}`,
      },
      object: {
        key: encodeS3EventKey(object.key),
        size: object.size ?? 0,
        eTag: object.eTag ?? '',
        sequencer: object.sequencer,
      },
    },
  }
}
