import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'

export interface S3ClientOptions {
  region: string
  /** A non-AWS endpoint (s3rver locally); leave unset in AWS. */
  endpoint?: string
  /** Required by s3rver, which has no virtual-host buckets on loopback. */
  forcePathStyle?: boolean
  credentials?: S3ClientConfig['credentials']
}

/**
 * Creates the S3 client every S3 adapter shares, once per cold start.
 *
 * Checksums are computed and validated only when an operation requires them: with the SDK's
 * default (`WHEN_SUPPORTED`) streamed uploads can be sent aws-chunked with trailing checksums,
 * which s3rver stores verbatim, so objects end up silently corrupted locally.
 */
export function createS3Client({
  region,
  endpoint,
  forcePathStyle,
  credentials,
}: S3ClientOptions): S3Client {
  return new S3Client({
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(forcePathStyle ? { forcePathStyle } : {}),
    ...(credentials ? { credentials } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
}
