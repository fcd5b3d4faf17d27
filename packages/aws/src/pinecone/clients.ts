import type { Pinecone } from '@pinecone-database/pinecone'

export interface PineconeClientOptions {
  /** The key itself (local use), or... */
  apiKey?: string
  /** ...the name of an SSM SecureString that holds it (in AWS; cached for 15 minutes). */
  apiKeyParameter?: string
}

/**
 * Creates the Pinecone client, reading its key from SSM when given a parameter name, so the key
 * never sits in a Lambda environment variable. The Pinecone and SSM modules load on this first
 * call, not at cold start: together they are a third of the API bundle.
 */
export async function createPineconeClient(options: PineconeClientOptions): Promise<Pinecone> {
  const [{ Pinecone }, apiKey] = await Promise.all([
    import('@pinecone-database/pinecone'),
    resolveKey(options),
  ])
  return new Pinecone({ apiKey })
}

async function resolveKey({ apiKey, apiKeyParameter }: PineconeClientOptions): Promise<string> {
  if (apiKey) return apiKey
  if (!apiKeyParameter) throw new Error('No Pinecone API key or key parameter configured')
  const { getParameter } = await import('@aws-lambda-powertools/parameters/ssm')
  const key = await getParameter(apiKeyParameter, { decrypt: true, maxAge: 900 })
  if (!key) throw new Error(`The SSM parameter ${apiKeyParameter} is empty`)
  return key
}
