import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime'

/**
 * Creates a Bedrock runtime client once per cold start. The chat models retry and fall back
 * themselves (only before the first token), so give them a client with `maxAttempts: 1`: the
 * SDK's own retries would otherwise multiply theirs.
 */
export function createBedrockClient({
  region,
  maxAttempts,
}: {
  region: string
  maxAttempts?: number
}): BedrockRuntimeClient {
  return new BedrockRuntimeClient({ region, ...(maxAttempts ? { maxAttempts } : {}) })
}
