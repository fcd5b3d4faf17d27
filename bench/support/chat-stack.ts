import { Logger } from '@aws-lambda-powertools/logger'
import { ScryptPasswordHasher } from '@chatter/core'
import { type LocalStack, startLocalStack } from '@chatter/local'

// High enough never to refuse the bench, so the limiter still reads and writes its bucket on
// every request (its cost is measured) without ever answering 429.
const unthrottled = { limit: 1e9, windowSeconds: 60, burst: 1e9, onContention: 'open' } as const

/**
 * The whole local stack as `npm start` runs it (DynamoDB Local, S3, SQS, the real app), quiet,
 * with a cheap password hash, the route rate limits raised and the local model's pause per
 * token set by the suite.
 */
export function startChatStack(dataDir: string, tokenDelayMs: number) {
  return startLocalStack({
    http: { CORS_ORIGINS: [], MAX_BODY_BYTES: 1_048_576, LOG_LEVEL: 'SILENT' },
    identity: { accessTokenTtlSeconds: 3600, refreshTokenTtlDays: 30, firstUserAdmin: false },
    passwords: new ScryptPasswordHasher({ N: 2 ** 12, r: 8, p: 1 }),
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logger: new Logger({ serviceName: 'chatter-bench', logLevel: 'SILENT' }),
    tokenDelayMs,
    chat: { defaultModel: { provider: 'local', modelId: 'local' }, region: 'us-east-1' },
    rateLimitPolicies: { auth: unthrottled, chat: unthrottled, default: unthrottled },
  })
}

/** A signed-in user of the stack: its bearer headers and a JSON call that throws on non-2xx. */
export async function signUp(stack: LocalStack, email = 'bench@example.com') {
  const registered = await fetch(`${stack.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long enough bench passphrase' }),
  })
  if (!registered.ok) throw new Error(`register answered ${registered.status}`)
  const { accessToken } = (await registered.json()) as { accessToken: string }
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`)
    return (await response.json()) as T
  }
  return { headers, call }
}
