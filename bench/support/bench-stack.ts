// The local stack as the ingestion bench drives it: quiet, no rate limits in the way, 20 MB
// uploads, and a registered user's SDK client.
import { Logger } from '@aws-lambda-powertools/logger'
import { ScryptPasswordHasher } from '@chatter/core'
import { type LocalStack, startLocalStack } from '@chatter/local'
import { type ChatterClient, createChatterClient } from '@chatter/sdk'

export interface BenchStack {
  stack: LocalStack
  client: ChatterClient
}

/** Starts the whole local stack in `dataDir` (`npm start`'s wiring) and registers a user. */
export async function startBenchStack(dataDir: string): Promise<BenchStack> {
  const stack = await startLocalStack({
    http: { CORS_ORIGINS: [], MAX_BODY_BYTES: 1_048_576, LOG_LEVEL: 'SILENT' },
    identity: { accessTokenTtlSeconds: 3600, refreshTokenTtlDays: 30, firstUserAdmin: false },
    passwords: new ScryptPasswordHasher({ N: 2 ** 12, r: 8, p: 1 }),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logger: new Logger({ serviceName: 'chatter-bench', logLevel: 'SILENT' }),
    tokenDelayMs: 0,
    chat: { defaultModel: { provider: 'local', modelId: 'local' }, region: 'us-east-1' },
    // The defaults (50 MB uploads, multipart from 16 MB) already take a 20 MB file; polling a
    // document every 50 ms must not hit the per-user limit.
    rateLimitPolicies: {
      default: { limit: 1_000_000, windowSeconds: 60, burst: 100_000, onContention: 'open' },
    },
  })
  try {
    const anonymous = createChatterClient({ baseUrl: stack.url })
    const session = await anonymous.unwrap(
      anonymous.api.POST('/v1/auth/register', {
        body: { email: 'bench@example.com', password: 'a long enough bench passphrase' },
      }),
    )
    return {
      stack,
      client: createChatterClient({ baseUrl: stack.url, token: session.accessToken }),
    }
  } catch (error) {
    await stack.stop()
    throw error
  }
}
