/**
 * Deploy-time settings that are not resource names: which models, which Pinecone index, which
 * browser origins. They come from the deployer's environment (same names as the functions'
 * variables, e.g. `CHAT_MODEL_ID=us.anthropic... sst deploy`) so one stage can differ from another
 * without a code change. Defaults match the app's own config defaults.
 */
export interface DeploySettings {
  stage: string
  /** Whether the stage's data may be thrown away when the stage is removed. */
  disposable: boolean
  chatModelId: string
  embeddingModelId: string
  /** The embedding size; the Pinecone index must have this dimension. */
  embeddingDimensions: string
  pineconeIndex: string
  /** SSM SecureString the operator creates; the stack only reads it, never holds the secret. */
  pineconeApiKeyParameter: string
  /**
   * Browser origins allowed to call the API, the stream URL and presigned uploads. When empty, no
   * browser origin may call the API or the stream URL, while the bucket still accepts presigned
   * uploads from any origin (their signature, never a cookie, authorises them).
   */
  corsOrigins: string[]
  logLevel: string
  /** Make the first user who registers a platform administrator (off unless the deployer asks). */
  firstUserAdmin: boolean
  /** The sender of report emails, an identity verified in SES; unset: report emails are skipped. */
  reportEmailFrom?: string
}

// Dev-like and preview stages are thrown away; any other (prod, staging, a personal name) keeps its data.
const disposableStage = /^(dev|local|test|sandbox)(-|$)|^(pr|preview)-/

export function isDisposableStage(stage: string): boolean {
  return disposableStage.test(stage)
}

export function pineconeApiKeyParameterName(stage: string): string {
  return `/chatter/${stage}/pinecone-api-key`
}

export function deploySettings(
  stage: string,
  env: Record<string, string | undefined> = process.env,
): DeploySettings {
  const read = (name: string, fallback: string) => env[name]?.trim() || fallback
  return {
    stage,
    disposable: isDisposableStage(stage),
    chatModelId: read('CHAT_MODEL_ID', 'anthropic.claude-3-5-haiku-20241022-v1:0'),
    embeddingModelId: read('EMBEDDING_MODEL_ID', 'amazon.titan-embed-text-v2:0'),
    embeddingDimensions: read('EMBEDDING_DIMENSIONS', '1024'),
    pineconeIndex: read('PINECONE_INDEX', 'chatter'),
    pineconeApiKeyParameter: pineconeApiKeyParameterName(stage),
    corsOrigins: read('CORS_ORIGINS', '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logLevel: read('LOG_LEVEL', 'INFO'),
    firstUserAdmin: read('FIRST_USER_ADMIN', 'false') === 'true',
    ...(env.REPORT_EMAIL_FROM?.trim() ? { reportEmailFrom: env.REPORT_EMAIL_FROM.trim() } : {}),
  }
}
