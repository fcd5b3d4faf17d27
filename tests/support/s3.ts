import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import { createS3Client, S3BlobStore } from '@chatter/aws'
import { startS3Server } from '@chatter/local'
import { documentsBucket, local } from '@chatter/resources'

/**
 * A local S3 (s3rver on a temporary directory) with the documents bucket, and a BlobStore on it:
 * for adapter tests that store objects. `keys` lists what the bucket holds under a prefix, to
 * prove what a write or a deletion left behind; `stop` removes everything.
 */
export async function localBlobStore() {
  const bucket = documentsBucket.localName
  const directory = await mkdtemp(join(tmpdir(), 'chatter-s3-'))
  const server = await startS3Server({ directory, buckets: [{ name: bucket }] })
  const { region, credentials } = local
  const client = createS3Client({
    region,
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials,
  })
  const keys = async (prefix: string): Promise<string[]> => {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))
    return (listed.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])).sort()
  }
  const stop = async () => {
    client.destroy()
    await server.stop()
    await rm(directory, { recursive: true, force: true })
  }
  return { blobs: new S3BlobStore(client, bucket), keys, stop }
}
