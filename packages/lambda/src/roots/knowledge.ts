import {
  createDynamoDbClients,
  createDynamoStores,
  createPineconeClient,
  PineconeVectorStore,
} from '@chatter/aws'
import {
  type BlobStore,
  builtinTools,
  createToolCatalog,
  DomainError,
  defaultIngestionSettings,
  defaultToolSettings,
  type Embedder,
  type IngestionPorts,
  type KnowledgePorts,
  type KnowledgeServices,
  type LambdaConfig,
  type McpClient,
  type MessageQueue,
  type SecretCipher,
  type SharedLexicalIndex,
  type StateMachineRunner,
  type ToolServices,
  type VectorStore,
} from '@chatter/core'
import { extractText } from '@chatter/extraction'
import { deferred, lazy, lazyAsync } from '../lazy'
import { createPlatformEvents } from './events'

/**
 * The clients and stores every function of this instance shares, each made on first use: the
 * API's cold start pays only for DynamoDB until a route touches S3, SQS, Bedrock or Pinecone.
 * Their SDK modules are imported then too (a chunk each in the bundle), not at cold start.
 */
export function createCloudStores(config: LambdaConfig) {
  const region = config.AWS_REGION
  const dynamo = lazy(() => createDynamoDbClients({ region }))
  const s3 = lazyAsync(async () => (await import('@chatter/aws/s3')).createS3Client({ region }))
  const sqs = lazyAsync(async () => (await import('@chatter/aws/sqs')).createSqsClient({ region }))
  const bedrock = lazyAsync(async () =>
    (await import('@chatter/aws/bedrock')).createBedrockClient({ region }),
  )
  const sfn = lazyAsync(async () => (await import('@chatter/aws/sfn')).createSfnClient({ region }))
  // The stores need it at once (large message contents), but most requests never touch S3.
  const blobs = lazy(() =>
    deferred<BlobStore>(async () => {
      const { S3BlobStore } = await import('@chatter/aws/s3')
      return new S3BlobStore(await s3(), config.DOCUMENTS_BUCKET)
    }, blobMethods),
  )
  const stores = lazy(() => createDynamoStores(dynamo().document, config.TABLE_NAME, blobs()))
  const pinecone = lazy(() =>
    createPineconeClient({
      apiKey: config.PINECONE_API_KEY,
      apiKeyParameter: config.PINECONE_API_KEY_PARAMETER,
    }),
  )
  return { region, dynamo, s3, sqs, bedrock, sfn, blobs, stores, pinecone }
}

export type CloudStores = ReturnType<typeof createCloudStores>

const blobMethods = {
  put: true,
  get: true,
  delete: true,
  exists: true,
  presignPut: true,
  presignGet: true,
  presignMultipart: true,
  completeMultipart: true,
  abortMultipart: true,
} as const

/** Step Functions executions, the SFN module loaded on the first start, describe or stop. */
export const stateMachineRunnerOf = (cloud: CloudStores): StateMachineRunner =>
  deferred<StateMachineRunner>(
    async () => new (await import('@chatter/aws/sfn')).SfnStateMachineRunner(await cloud.sfn()),
    { start: true, describe: true, stop: true },
  )

/** Documents, their bytes, vectors (Pinecone), the shared lexical index and Bedrock embeddings. */
export function createKnowledge(config: LambdaConfig, cloud: CloudStores) {
  const stores = cloud.stores()
  // Its own client: embeddings rely on the SDK's retries (with backoff), the chat models do not.
  const embedder = lazyAsync(async () => {
    const { bedrockEmbedder, createBedrockClient } = await import('@chatter/aws/bedrock')
    return bedrockEmbedder({
      client: createBedrockClient({ region: cloud.region, maxAttempts: 5 }),
      modelId: config.EMBEDDING_MODEL_ID,
      dimensions: config.EMBEDDING_DIMENSIONS,
    })
  })
  const lazyEmbedder: Embedder = {
    modelId: config.EMBEDDING_MODEL_ID,
    dimensions: config.EMBEDDING_DIMENSIONS,
    embed: async (...args) => (await embedder()).embed(...args),
  }
  return {
    documents: stores.documents,
    blobs: cloud.blobs(),
    vectors:
      config.VECTOR_PROVIDER === 'pinecone'
        ? new PineconeVectorStore(cloud.pinecone, config.PINECONE_INDEX)
        : unavailableVectors,
    // MiniSearch loads with the first search or indexed document.
    lexical: deferred<SharedLexicalIndex>(
      async () =>
        new (await import('@chatter/aws/lexical')).SnapshotLexicalIndex({
          blobs: cloud.blobs(),
          pointers: stores.lexicalPointers,
        }),
      { update: true, search: true, drop: true },
    ),
    embedder: lazyEmbedder,
  }
}

/** What the API's document, search and job routes use. */
export function createKnowledgeServices(
  config: LambdaConfig,
  cloud: CloudStores,
  knowledge: KnowledgePorts = createKnowledge(config, cloud),
): KnowledgeServices {
  const stores = cloud.stores()
  // The SQS client is made on the first send: most API requests never queue anything.
  const queue = deferred<MessageQueue>(
    async () =>
      new (await import('@chatter/aws/sqs')).SqsMessageQueue(
        await cloud.sqs(),
        config.INGEST_QUEUE_URL,
      ),
    { send: true },
  )
  return {
    ...knowledge,
    jobs: stores.documentJobs,
    searchHistory: stores.searchHistory,
    queue,
    uploads: {
      maxBytes: config.UPLOAD_MAX_BYTES,
      multipartThresholdBytes: config.UPLOAD_MULTIPART_THRESHOLD_BYTES,
      partSizeBytes: config.UPLOAD_PART_BYTES,
      urlTtlSeconds: 900,
      importMaxBytes: config.IMPORT_MAX_BYTES,
    },
  }
}

/**
 * What the ingest and ingest-step functions use. Documents that become ready or fail are
 * published as platform events (counted; where workflows run, `document.ready` starts the
 * workspace's workflows subscribed to it).
 */
export function createIngestionPorts(
  config: LambdaConfig,
  cloud: CloudStores,
  log: IngestionPorts['log'],
  knowledge: KnowledgePorts = createKnowledge(config, cloud),
): IngestionPorts {
  const arn = config.INGEST_STATE_MACHINE_ARN
  return {
    ...knowledge,
    jobs: cloud.stores().documentJobs,
    extract: (input) => extractText(input, { maxBytes: config.UPLOAD_MAX_BYTES }),
    ...(arn
      ? {
          workflows: {
            runner: stateMachineRunnerOf(cloud),
            stateMachine: arn,
          },
        }
      : {}),
    events: createPlatformEvents(config, cloud, log),
    settings: {
      ...defaultIngestionSettings,
      inlineMaxBytes: config.INGEST_INLINE_MAX_BYTES,
      embedBatchSize: config.EMBED_BATCH_SIZE,
    },
    ...(log ? { log } : {}),
  }
}

const unavailable = async (): Promise<never> => {
  throw new DomainError(
    'dependency.unavailable',
    'No vector store is configured for this function (VECTOR_PROVIDER=local runs only in the local stack).',
  )
}

/** VECTOR_PROVIDER=local outside the local stack: every call says so instead of guessing. */
const unavailableVectors: VectorStore = {
  upsert: unavailable,
  query: unavailable,
  deleteIds: unavailable,
  deleteByFilter: unavailable,
  deleteNamespace: unavailable,
}

/** Tool servers (MCP), their credentials under KMS, the tool catalog and the call log. */
export function createToolServices(
  config: LambdaConfig,
  cloud: CloudStores,
  knowledge: KnowledgePorts,
): ToolServices {
  const stores = cloud.stores()
  const keyId = config.TOOL_SECRETS_KEY_ID
  // The KMS client is made on the first use of a credential, not at cold start.
  const cipher = deferred<SecretCipher>(
    async () => {
      if (!keyId) return unavailableCipher
      const [{ KMSClient }, { KmsSecretCipher }] = await Promise.all([
        import('@aws-sdk/client-kms'),
        import('@chatter/aws/kms'),
      ])
      return new KmsSecretCipher(new KMSClient({ region: cloud.region }), keyId)
    },
    { encrypt: true, decrypt: true },
  )
  const allowPrivateNetworks = config.TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS
  // The MCP SDK (and its JSON Schema validator) loads with the first tool server contacted.
  const mcp = deferred<McpClient>(
    async () => new (await import('@chatter/aws/mcp')).SdkMcpClient({ allowPrivateNetworks }),
    { listTools: true, callTool: true },
  )
  return {
    servers: stores.toolServers,
    calls: stores.toolCalls,
    cipher,
    mcp,
    catalog: createToolCatalog({
      servers: stores.toolServers,
      cipher,
      mcp,
      builtins: builtinTools({ knowledge }),
    }),
    settings: { ...defaultToolSettings, allowPrivateNetworks },
  }
}

const noKey = async (): Promise<never> => {
  throw new DomainError(
    'dependency.unavailable',
    "No key for tool servers' credentials is configured (TOOL_SECRETS_KEY_ID).",
  )
}

/** Without TOOL_SECRETS_KEY_ID, servers without headers still work; credentials are refused. */
const unavailableCipher: SecretCipher = { encrypt: noKey, decrypt: noKey }
