import { KMSClient } from '@aws-sdk/client-kms'
import {
  bedrockEmbedder,
  createBedrockClient,
  createDynamoDbClients,
  createDynamoStores,
  createPineconeClient,
  createS3Client,
  createSfnClient,
  createSqsClient,
  KmsSecretCipher,
  PineconeVectorStore,
  S3BlobStore,
  SdkMcpClient,
  SfnStateMachineRunner,
  SnapshotLexicalIndex,
  SqsMessageQueue,
} from '@chatter/aws'
import {
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
  type SecretCipher,
  type ToolServices,
  type VectorStore,
} from '@chatter/core'
import { extractText } from '@chatter/extraction'
import { lazy } from '../lazy'
import { createPlatformEvents } from './events'

/**
 * The clients and stores every function of this instance shares, each made on first use: the
 * API's cold start pays only for DynamoDB until a route touches S3, SQS, Bedrock or Pinecone.
 */
export function createCloudStores(config: LambdaConfig) {
  const region = config.AWS_REGION
  const dynamo = lazy(() => createDynamoDbClients({ region }))
  const s3 = lazy(() => createS3Client({ region }))
  const sqs = lazy(() => createSqsClient({ region }))
  const bedrock = lazy(() => createBedrockClient({ region }))
  const sfn = lazy(() => createSfnClient({ region }))
  const blobs = lazy(() => new S3BlobStore(s3(), config.DOCUMENTS_BUCKET))
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

/** Documents, their bytes, vectors (Pinecone), the shared lexical index and Bedrock embeddings. */
export function createKnowledge(config: LambdaConfig, cloud: CloudStores) {
  const stores = cloud.stores()
  // Its own client: embeddings rely on the SDK's retries (with backoff), the chat models do not.
  const embedder = lazy(() =>
    bedrockEmbedder({
      client: createBedrockClient({ region: cloud.region, maxAttempts: 5 }),
      modelId: config.EMBEDDING_MODEL_ID,
      dimensions: config.EMBEDDING_DIMENSIONS,
    }),
  )
  const lazyEmbedder: Embedder = {
    modelId: config.EMBEDDING_MODEL_ID,
    dimensions: config.EMBEDDING_DIMENSIONS,
    embed: (...args) => embedder().embed(...args),
  }
  return {
    documents: stores.documents,
    blobs: cloud.blobs(),
    vectors:
      config.VECTOR_PROVIDER === 'pinecone'
        ? new PineconeVectorStore(cloud.pinecone, config.PINECONE_INDEX)
        : unavailableVectors,
    lexical: new SnapshotLexicalIndex({ blobs: cloud.blobs(), pointers: stores.lexicalPointers }),
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
  const queue = lazy(() => new SqsMessageQueue(cloud.sqs(), config.INGEST_QUEUE_URL))
  return {
    ...knowledge,
    jobs: stores.documentJobs,
    searchHistory: stores.searchHistory,
    queue: { send: (body, options) => queue().send(body, options) },
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
            runner: new SfnStateMachineRunner(cloud.sfn()),
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
  const kms = lazy(() =>
    keyId ? new KmsSecretCipher(new KMSClient({ region: cloud.region }), keyId) : unavailableCipher,
  )
  const cipher: SecretCipher = {
    encrypt: (plaintext, context) => kms().encrypt(plaintext, context),
    decrypt: (ciphertext, context) => kms().decrypt(ciphertext, context),
  }
  const allowPrivateNetworks = config.TOOL_SERVERS_ALLOW_PRIVATE_NETWORKS
  const mcp = new SdkMcpClient({ allowPrivateNetworks })
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
