import { Logger } from '@aws-lambda-powertools/logger'
import { createApp } from '@chatter/api'
import {
  BedrockProbe,
  createBedrockClient,
  createDynamoDbClients,
  createDynamoDbProbe,
  createPineconeClient,
  createS3Client,
  createS3Probe,
  createSfnProbe,
  createSqsClient,
  createSqsProbe,
  PineconeProbe,
} from '@chatter/aws'
import { type LambdaConfig, lambdaEnvSchema, loadConfig, type StoredObject } from '@chatter/core'
import { createIngestHandler } from './handlers/ingest'
import { createIngestStepHandler, unavailableIngestSteps } from './handlers/ingest-step'
import { createReportHandler } from './handlers/report'
import { lazy, lazyProbe } from './lazy'

/**
 * The Lambda composition root: config -> clients -> adapters -> use cases -> app and handlers,
 * built once per cold start. Clients come to life on first use; endpoints come from the SDK's
 * standard variables, so the same code also runs against the local stand-ins.
 */
export function createLambdaRoot(config: LambdaConfig) {
  const logger = new Logger({ serviceName: 'chatter', logLevel: config.LOG_LEVEL })
  const region = config.AWS_REGION
  const dynamo = lazy(() => createDynamoDbClients({ region }))
  const s3 = lazy(() => createS3Client({ region }))
  const sqs = lazy(() => createSqsClient({ region }))
  const bedrock = lazy(() => createBedrockClient({ region }))
  const pinecone = lazy(() =>
    createPineconeClient({
      apiKey: config.PINECONE_API_KEY,
      apiKeyParameter: config.PINECONE_API_KEY_PARAMETER,
    }),
  )

  const probes = [
    lazyProbe('dynamodb', () => createDynamoDbProbe(dynamo().client, config.TABLE_NAME)),
    lazyProbe('s3', () => createS3Probe(s3(), config.DOCUMENTS_BUCKET)),
    lazyProbe('queue', () => createSqsProbe(sqs(), config.INGEST_QUEUE_URL)),
    lazyProbe('stepfunctions', () =>
      createSfnProbe(
        { region },
        required(config.INGEST_STATE_MACHINE_ARN, 'INGEST_STATE_MACHINE_ARN'),
      ),
    ),
    lazyProbe('vector', () => new PineconeProbe(pinecone, config.PINECONE_INDEX)),
    new BedrockProbe(bedrock, config.CHAT_MODEL_ID),
  ]

  return {
    config,
    logger,
    app: lazy(() => createApp({ config, logger, probes })),
    ingestHandler: lazy(() =>
      createIngestHandler({
        logger,
        // Document ingestion (extract, chunk, embed) arrives with the documents feature.
        onStoredObject: async (object: StoredObject) => {
          logger.info('stored object accepted', { key: object.key, source: object.source })
        },
      }),
    ),
    ingestStepHandler: lazy(
      () => createIngestStepHandler({ logger, steps: unavailableIngestSteps }).handler,
    ),
    // Report definitions arrive with the platform services; until then no report is ever due.
    reportHandler: lazy(
      () => createReportHandler({ logger, runDueReports: async () => ({ ran: 0 }) }).handler,
    ),
  }
}

export type LambdaRoot = ReturnType<typeof createLambdaRoot>

let root: LambdaRoot | undefined

/** The root for this Lambda instance, built from `process.env` on first call (fails fast). */
export function lambdaRoot(): LambdaRoot {
  root ??= createLambdaRoot(loadConfig(lambdaEnvSchema, process.env))
  return root
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} is not set for this function`)
  return value
}
