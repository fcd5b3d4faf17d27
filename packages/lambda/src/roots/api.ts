import type { Logger } from '@aws-lambda-powertools/logger'
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
import type { LambdaConfig } from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { lazy, lazyProbe } from '../lazy'

/**
 * The composition root of the API and stream functions: config -> clients -> adapters -> use
 * cases -> the Hono app. Clients come to life on first use; endpoints come from the SDK's
 * standard variables, so the same code also runs against the local stand-ins.
 */
export function createApiRoot(config: LambdaConfig, logger: Logger) {
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
  return { app: createApp({ config, logger, probes }) }
}

/** The Hono app of this Lambda instance, built on first call. */
export const apiApp = lazy(() => createApiRoot(lambdaConfig(), lambdaLogger()).app)

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} is not set for this function`)
  return value
}
