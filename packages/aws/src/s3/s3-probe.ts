import { HeadBucketCommand, NotFound, type S3Client } from '@aws-sdk/client-s3'
import type { DependencyProbe } from '@chatter/core'

/**
 * Readiness probe `s3`: HeadBucket on the documents bucket, which proves the endpoint answers,
 * the credentials are accepted and the bucket exists, without reading or writing an object.
 */
export function createS3Probe(client: S3Client, bucket: string): DependencyProbe {
  return {
    name: 's3',
    async check(signal) {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal: signal })
      } catch (error) {
        // HeadBucket's 404 has no body, so the SDK's own message is just "UnknownError".
        if (error instanceof NotFound) throw new Error(`bucket "${bucket}" does not exist`)
        throw error
      }
    },
  }
}
