import { startDynamoDbLocal } from '@chatter/local'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** DynamoDB Local, in memory, shared by the whole run: each test makes its own table. */
    dynamodbEndpoint: string
  }
}

/** Starts the local stand-ins once per test run; the returned function stops them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamodb = await startDynamoDbLocal()
  project.provide('dynamodbEndpoint', dynamodb.endpoint)
  return async () => {
    await dynamodb.stop()
  }
}
