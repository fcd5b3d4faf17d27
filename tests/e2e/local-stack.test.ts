import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { createTable, DynamoUserRepository, S3BlobStore } from '@chatter/aws'
import { dependencyNames, type StoredObject } from '@chatter/core'
import type { LocalStack } from '@chatter/local'
import { documentsBucket, table } from '@chatter/resources'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

function start(dataDir: string, received: StoredObject[] = []) {
  return startTestStack(dataDir, {
    onStoredObject: async (object) => {
      received.push(object)
    },
  })
}

async function eventually<T>(read: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('the local stack (npm start)', () => {
  let dataDir: string
  let stack: LocalStack
  const received: StoredObject[] = []

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'chatter-e2e-'))
    stack = await start(dataDir, received)
  })
  afterAll(async () => {
    await stack?.stop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('is ready, reporting every dependency by name', async () => {
    const response = await fetch(`${stack.url}/readyz`)
    const body = (await response.json()) as {
      status: string
      checks: { name: string; status: string }[]
    }
    expect(response.status).toBe(200)
    expect(body.checks.map((check) => [check.name, check.status])).toEqual(
      dependencyNames.map((name) => [name, 'ok']),
    )
  })

  it('answers unknown and malformed requests with problem+json over HTTP', async () => {
    const unknown = await fetch(`${stack.url}/v1/does-not-exist`)
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toBe('application/problem+json')
    const wrongMethod = await fetch(`${stack.url}/readyz`, { method: 'POST', body: '{' })
    expect(wrongMethod.status).toBe(405)
    expect(await wrongMethod.text()).not.toMatch(/at .*\.(ts|js):\d+/)
  })

  it('feeds a file dropped into S3 to the ingest handler through SQS, as in AWS', async () => {
    const key = 'drop/ws_e2e/handbook/Team handbook.md'
    await stack.services.clients.s3.send(
      new PutObjectCommand({ Bucket: documentsBucket.localName, Key: key, Body: '# Handbook\n' }),
    )
    const object = await eventually(() => received.find((item) => item.key === key))
    expect(object).toMatchObject({ workspaceId: 'ws_e2e', source: 'drop', size: 11 })
  })

  it('keeps the database, files and vectors across a restart on the same data folder', async () => {
    const users = () =>
      new DynamoUserRepository(
        createTable(stack.services.clients.dynamodb.document, table.localName),
      )
    const user = await users().create({ id: 'user_e2e', email: 'ada@example.com', name: 'Ada' })
    const blobs = () => new S3BlobStore(stack.services.clients.s3, documentsBucket.localName)
    await blobs().put('blobs/ws_e2e/note.txt', 'kept')
    await stack.adapters.vectors.upsert('ws_e2e', [
      { id: 'chunk-1', values: [1, 0, 0, 0], metadata: { documentId: 'doc-1' } },
    ])

    await stack.stop()
    stack = await start(dataDir)

    expect(await users().getByEmail('ADA@example.com')).toMatchObject({ id: user.id, name: 'Ada' })
    expect(new TextDecoder().decode(await blobs().get('blobs/ws_e2e/note.txt'))).toBe('kept')
    const [match] = await stack.adapters.vectors.query('ws_e2e', { vector: [1, 0, 0, 0], topK: 1 })
    expect(match).toMatchObject({ id: 'chunk-1' })
  })

  it('answers 503 naming the dependency that went down', async () => {
    await stack.services.sqs.stop()
    const response = await fetch(`${stack.url}/readyz`)
    const body = (await response.json()) as { checks: { name: string; status: string }[] }
    expect(response.status).toBe(503)
    expect(body.checks.find((check) => check.name === 'queue')?.status).toBe('down')
    expect(body.checks.find((check) => check.name === 'dynamodb')?.status).toBe('ok')
  })
})
