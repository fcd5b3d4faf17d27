// `npm start`: the whole platform on this machine. Stops cleanly on Ctrl-C.
import { Logger } from '@aws-lambda-powertools/logger'
import { ConfigError, loadConfig, localEnvSchema } from '@chatter/core'
import { requireJava } from './dynamodb'
import { banner } from './runtime/banner'
import { startLocalStack } from './runtime/local-stack'

async function main() {
  const started = performance.now()
  const config = loadConfig(localEnvSchema, process.env)
  await requireJava()
  const logger = new Logger({ serviceName: 'chatter', logLevel: config.LOG_LEVEL })
  console.log(`Starting Chatter locally (data in ${config.CHATTER_DATA_DIR}) ...`)
  const stack = await startLocalStack({
    http: config,
    identity: {
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
      firstUserAdmin: config.FIRST_USER_ADMIN,
    },
    port: config.PORT,
    host: config.HOST,
    dataDir: config.CHATTER_DATA_DIR,
    logger,
    tokenDelayMs: config.LOCAL_MODEL_TOKEN_DELAY_MS,
    tools: { allowPrivateNetworks: config.TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS },
    webhooks: {
      allowPrivateNetworks: config.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
      requireHttps: config.WEBHOOKS_REQUIRE_HTTPS,
    },
    documents: {
      uploads: {
        maxBytes: config.UPLOAD_MAX_BYTES,
        multipartThresholdBytes: config.UPLOAD_MULTIPART_THRESHOLD_BYTES,
        partSizeBytes: config.UPLOAD_PART_BYTES,
        importMaxBytes: config.IMPORT_MAX_BYTES,
      },
      ingestion: {
        inlineMaxBytes: config.INGEST_INLINE_MAX_BYTES,
        embedBatchSize: config.EMBED_BATCH_SIZE,
      },
    },
    chat: {
      defaultModel: { provider: config.MODEL_PROVIDER, modelId: config.CHAT_MODEL_ID },
      region: config.AWS_REGION,
      ...(config.MODEL_PRICES ? { prices: config.MODEL_PRICES } : {}),
      ...(config.OPENAI_BASE_URL
        ? { openAi: { baseUrl: config.OPENAI_BASE_URL, apiKey: config.OPENAI_API_KEY } }
        : {}),
    },
  })
  console.log(banner(stack, performance.now() - started))

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal}: stopping Chatter ...`)
    await stack.stop()
    console.log('Stopped.')
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof Error ? error.message : String(error)
  console.error(`\nChatter could not start.\n${message}`)
  process.exit(1)
})
