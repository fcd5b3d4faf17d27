import { randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ScanCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb'
import {
  createDynamoDbClients,
  createDynamoDbProbe,
  createTable,
  DynamoUserRepository,
} from '@chatter/aws'
import { DomainError } from '@chatter/core'
import { ensureTable, startDynamoDbLocal } from '@chatter/local'
import { local, table } from '@chatter/resources'
import { describe, expect, it } from 'vitest'
import { freshTable, localDynamoDbClients } from '../support/dynamodb'

describe('table provisioning', () => {
  it('creates the table with the declared keys, GSIs and TTL', async () => {
    const { client, tableName } = await freshTable()
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }))
    expect(Table?.TableStatus).toBe('ACTIVE')
    expect(Table?.KeySchema).toEqual([
      { AttributeName: table.partitionKey, KeyType: 'HASH' },
      { AttributeName: table.sortKey, KeyType: 'RANGE' },
    ])
    const indexes = (Table?.GlobalSecondaryIndexes ?? []).map((index) => ({
      name: index.IndexName,
      keys: index.KeySchema?.map((key) => key.AttributeName),
      projection: index.Projection?.ProjectionType,
    }))
    expect(indexes.sort((a, b) => String(a.name).localeCompare(String(b.name)))).toEqual(
      table.globalIndexes.map((index) => ({
        name: index.name,
        keys: [index.partitionKey, index.sortKey],
        projection: 'ALL',
      })),
    )
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }))
    expect(ttl.TimeToLiveDescription).toMatchObject({
      AttributeName: table.ttlAttribute,
      TimeToLiveStatus: 'ENABLED',
    })
  })

  it('leaves an existing table and its items alone when ensured again', async () => {
    const { client, tableName, table: db } = await freshTable()
    const users = new DynamoUserRepository(db)
    await users.create({ id: randomUUID(), email: 'kept@example.com' })
    await expect(ensureTable(client, tableName)).resolves.toBe(false)
    await expect(users.getByEmail('kept@example.com')).resolves.toMatchObject({
      email: 'kept@example.com',
    })
  })

  it('turns TTL on for an existing table an interrupted first start left without it', async () => {
    const { client, tableName } = await freshTable()
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: table.ttlAttribute, Enabled: false },
      }),
    )
    await ensureTable(client, tableName)
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }))
    expect(ttl.TimeToLiveDescription?.TimeToLiveStatus).toBe('ENABLED')
  })
})

describe('DynamoUserRepository', () => {
  it('creates a user and finds it by id and by email in any casing', async () => {
    const users = new DynamoUserRepository((await freshTable()).table)
    const id = randomUUID()
    const created = await users.create({ id, email: '  Ada@Example.COM ', name: 'Ada' })
    expect(created).toMatchObject({
      id,
      email: 'ada@example.com',
      name: 'Ada',
      role: 'user',
      disabled: false,
    })
    expect(Date.parse(created.createdAt)).not.toBeNaN()
    expect(created.updatedAt).toBe(created.createdAt)
    await expect(users.getById(id)).resolves.toEqual(created)
    await expect(users.getByEmail('ADA@example.com')).resolves.toEqual(created)
    await expect(users.getById(randomUUID())).resolves.toBeUndefined()
    await expect(users.getByEmail('nobody@example.com')).resolves.toBeUndefined()
  })

  it('refuses a second user with the same email, writing nothing', async () => {
    const { client, tableName, table: db } = await freshTable()
    const users = new DynamoUserRepository(db)
    const first = await users.create({ id: randomUUID(), email: 'grace@example.com' })
    const secondId = randomUUID()

    const error = await users
      .create({ id: secondId, email: 'Grace@EXAMPLE.com', role: 'admin' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code: 'resource.conflict', status: 409 })

    await expect(users.getById(secondId)).resolves.toBeUndefined()
    await expect(users.getByEmail('grace@example.com')).resolves.toEqual(first)
    // Exactly one user item and one email claim: the cancelled transaction left no trace.
    const { Count } = await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT' }))
    expect(Count).toBe(2)
  })

  it('refuses a second user with the same id, leaving the new email unclaimed', async () => {
    const users = new DynamoUserRepository((await freshTable()).table)
    const id = randomUUID()
    await users.create({ id, email: 'first@example.com' })
    await expect(users.create({ id, email: 'second@example.com' })).rejects.toMatchObject({
      code: 'resource.conflict',
    })
    await expect(users.getByEmail('second@example.com')).resolves.toBeUndefined()
    await expect(users.getById(id)).resolves.toMatchObject({ email: 'first@example.com' })
  })

  it('lets only one of several concurrent sign-ups with the same email win', async () => {
    const users = new DynamoUserRepository((await freshTable()).table)
    const attempts = await Promise.allSettled(
      ['race@example.com', 'RACE@example.com', 'Race@Example.com'].map((email) =>
        users.create({ id: randomUUID(), email }),
      ),
    )
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled')
    const lost = attempts.flatMap((attempt) =>
      attempt.status === 'rejected' ? [attempt.reason] : [],
    )
    expect(won).toHaveLength(1)
    expect(lost.map((reason) => (reason as DomainError).code)).toEqual([
      'resource.conflict',
      'resource.conflict',
    ])
  })
})

describe('DynamoDB readiness probe', () => {
  it('reports ok for the table and fails for a missing one', async () => {
    const { client, tableName } = await freshTable()
    const signal = new AbortController().signal
    const probe = createDynamoDbProbe(client, tableName)
    expect(probe.name).toBe('dynamodb')
    await expect(probe.check(signal)).resolves.toBeUndefined()
    await expect(
      createDynamoDbProbe(localDynamoDbClients().client, `missing-${randomUUID()}`).check(signal),
    ).rejects.toThrow()
  })

  it('gives up when its signal is aborted', async () => {
    const { client, tableName } = await freshTable()
    const probe = createDynamoDbProbe(client, tableName)
    await expect(probe.check(AbortSignal.abort())).rejects.toThrow()
  })
})

describe('startDynamoDbLocal', () => {
  it('rejects with the reason when DynamoDB Local cannot start', async () => {
    const squatter = createServer().listen(0)
    await once(squatter, 'listening')
    const { port } = squatter.address() as AddressInfo
    try {
      await expect(startDynamoDbLocal({ port })).rejects.toThrow(
        /exited early[\s\S]*Address already in use/,
      )
    } finally {
      squatter.close()
    }
  })

  it('keeps tables and items across a stop and a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'chatter-dynamodb-'))
    // Starts DynamoDB Local on the folder, runs `use` against it, and always stops it again.
    const withServer = async <T>(
      use: (users: DynamoUserRepository, client: DynamoDBClient) => Promise<T>,
    ) => {
      const server = await startDynamoDbLocal({ dataDir })
      const { client, document } = createDynamoDbClients({
        region: local.region,
        endpoint: server.endpoint,
        credentials: local.credentials,
      })
      try {
        return await use(new DynamoUserRepository(createTable(document, 'persisted')), client)
      } finally {
        client.destroy()
        await server.stop()
      }
    }
    try {
      const user = await withServer(async (users, client) => {
        await ensureTable(client, 'persisted')
        return users.create({ id: randomUUID(), email: 'kept@example.com' })
      })
      const found = await withServer((users) => users.getByEmail('kept@example.com'))
      expect(found).toEqual(user)
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 60_000)
})
