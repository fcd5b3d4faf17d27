// `npm run admin:grant -- <email> [--revoke]`: makes a user a platform administrator (or not).
// Locally it uses the data folder (the running stack's DynamoDB, or its own on the same data);
// with TABLE_NAME set it changes that DynamoDB table in AWS, with the usual AWS credentials.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createDynamoDbClients, createTable, DynamoUserRepository } from '@chatter/aws'
import { loadConfig, localEnvSchema } from '@chatter/core'
import { local, table } from '@chatter/resources'
import { startDynamoDbLocal } from './dynamodb'

async function main(argv: string[]) {
  const email = argv.find((arg) => !arg.startsWith('--'))
  const role = argv.includes('--revoke') ? 'user' : 'admin'
  if (!email) throw new Error('Usage: npm run admin:grant -- <email> [--revoke]')
  const { users, close, where } = await openUsers()
  try {
    const user = await users.getByEmail(email)
    if (!user) throw new Error(`No user with the email ${email} in ${where}. Register first.`)
    await users.update(user.id, { role })
    console.log(
      `${user.email} is ${role === 'admin' ? 'now' : 'no longer'} a platform administrator (${where}).`,
    )
  } finally {
    await close()
  }
}

async function openUsers() {
  const tableName = process.env.TABLE_NAME
  if (tableName) {
    const { document } = createDynamoDbClients({ region: process.env.AWS_REGION ?? 'us-east-1' })
    return {
      users: repository(document, tableName),
      close: async () => {},
      where: `table ${tableName}`,
    }
  }
  const { CHATTER_DATA_DIR: dataDir } = loadConfig(localEnvSchema, process.env)
  const running = await runningEndpoint(dataDir)
  const dynamodb = running
    ? undefined
    : await startDynamoDbLocal({ dataDir: join(dataDir, 'dynamodb') })
  const endpoint = running ?? (dynamodb?.endpoint as string)
  const { document } = createDynamoDbClients({
    region: local.region,
    credentials: local.credentials,
    endpoint,
  })
  return {
    users: repository(document, table.localName),
    close: async () => dynamodb?.stop(),
    where: `the local data in ${dataDir}`,
  }
}

const repository = (document: ReturnType<typeof createDynamoDbClients>['document'], name: string) =>
  new DynamoUserRepository(createTable(document, name))

/** The DynamoDB endpoint of a running `npm start` on this data folder, if one answers. */
async function runningEndpoint(dataDir: string): Promise<string | undefined> {
  try {
    const { dynamodb } = JSON.parse(await readFile(join(dataDir, 'local-stack.json'), 'utf8'))
    await fetch(dynamodb, { signal: AbortSignal.timeout(1_000) })
    return dynamodb
  } catch {
    return undefined
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
