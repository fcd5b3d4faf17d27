import { Logger } from '@aws-lambda-powertools/logger'
import {
  builtinTools,
  createToolCatalog,
  type DependencyProbe,
  defaultToolSettings,
  defaultUploadSettings,
  defaultWebhookSettings,
  type HttpConfig,
  JwtAccessTokenSigner,
  RecordingEvents,
  ScryptPasswordHasher,
} from '@chatter/core'
import {
  FakeMcpClient,
  FakeStateMachineRunner,
  FakeWorkflowMachines,
  HashingEmbedder,
  InMemoryBlobs,
  InMemoryCipher,
  InMemoryLexical,
  InMemoryQueue,
  InMemoryVectors,
  inMemoryStores,
  resolverOf,
  ScriptedChatModel,
} from '@chatter/core/testing'
import { createApp } from './app'
import type { AppDependencies } from './dependencies'

/** A quiet logger for tests. */
export const silentLogger = () => new Logger({ serviceName: 'chatter-test', logLevel: 'SILENT' })

export const okProbe = (name: DependencyProbe['name']): DependencyProbe => ({
  name,
  check: async () => {},
})

export const testSecret = 'a-test-secret-that-is-at-least-32-bytes-long'

/**
 * Every dependency of the app, with in-memory stores, a cheap scrypt cost and a fixed token
 * secret; override any of them. Route tests use this; the real stores are proven against
 * DynamoDB Local in tests/integration and end to end in tests/e2e.
 */
export function testDependencies(overrides: Partial<AppDependencies> = {}): AppDependencies {
  const config: HttpConfig = {
    CORS_ORIGINS: ['http://localhost:3000'],
    MAX_BODY_BYTES: 1024,
    LOG_LEVEL: 'SILENT',
  }
  const clock = overrides.clock ?? (() => new Date())
  const stores = inMemoryStores()
  const knowledge = {
    documents: stores.documents,
    jobs: stores.documentJobs,
    searchHistory: stores.searchHistory,
    blobs: new InMemoryBlobs(),
    vectors: new InMemoryVectors(),
    lexical: new InMemoryLexical(),
    embedder: new HashingEmbedder(),
    queue: new InMemoryQueue(),
    uploads: { ...defaultUploadSettings },
  }
  const cipher = new InMemoryCipher()
  const mcp = new FakeMcpClient()
  return {
    config,
    logger: silentLogger(),
    probes: [],
    identity: { accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, firstUserAdmin: false },
    ...stores,
    knowledge,
    tools: {
      servers: stores.toolServers,
      cipher,
      mcp,
      catalog: createToolCatalog({
        servers: stores.toolServers,
        cipher,
        mcp,
        builtins: builtinTools({ knowledge, clock }),
      }),
      calls: stores.toolCalls,
      settings: { ...defaultToolSettings },
    },
    webhooks: {
      endpoints: stores.webhookEndpoints,
      deliveries: stores.webhookDeliveries,
      queue: new InMemoryQueue(),
      settings: { ...defaultWebhookSettings },
    },
    events: new RecordingEvents(),
    workflowRuns: {
      executions: stores.workflowExecutions,
      triggers: stores.workflowTriggers,
      machines: new FakeWorkflowMachines(),
      runner: new FakeStateMachineRunner(),
    },
    accountDeletion: {
      runner: new FakeStateMachineRunner(),
      stateMachine: 'arn:aws:states:us-east-1:000000000000:stateMachine:chatter-account-deletion',
    },
    chat: {
      models: resolverOf({ local: new ScriptedChatModel('local') }),
      defaultModel: { provider: 'local', modelId: 'local' },
    },
    passwords: new ScryptPasswordHasher({ N: 2 ** 10, r: 8, p: 1 }),
    tokens: new JwtAccessTokenSigner(testSecret, 900, clock),
    clock,
    ...overrides,
  }
}

/** The real app over `testDependencies`. */
export function testApp(overrides: Partial<AppDependencies> = {}) {
  return createApp(testDependencies(overrides))
}
