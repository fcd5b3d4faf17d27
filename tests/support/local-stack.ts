import { Logger } from '@aws-lambda-powertools/logger'
import { ScryptPasswordHasher } from '@chatter/core'
import { type LocalStackOptions, startLocalStack } from '@chatter/local'

/**
 * The whole local stack as `npm start` runs it, on a port of its own and a test's data folder,
 * quiet, with a cheap password hash and the local model answering at once.
 */
export function startTestStack(dataDir: string, overrides: Partial<LocalStackOptions> = {}) {
  return startLocalStack({
    http: { CORS_ORIGINS: [], MAX_BODY_BYTES: 1_048_576, LOG_LEVEL: 'SILENT' },
    identity: { accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, firstUserAdmin: false },
    passwords: new ScryptPasswordHasher({ N: 2 ** 12, r: 8, p: 1 }),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logger: new Logger({ serviceName: 'chatter-e2e', logLevel: 'SILENT' }),
    tokenDelayMs: 0,
    chat: { defaultModel: { provider: 'local', modelId: 'local' }, region: 'us-east-1' },
    ...overrides,
  })
}
