import type { Logger } from '@aws-lambda-powertools/logger'
import { createApp } from '@chatter/api'
import { createDynamoDbProbe, PineconeProbe, readSecret } from '@chatter/aws'
import { JwtAccessTokenSigner, type LambdaConfig, ScryptPasswordHasher } from '@chatter/core'
import { lambdaConfig, lambdaLogger } from '../environment'
import { lazy, lazyProbe } from '../lazy'
import { createAccountDeletionMachine } from './accounts'
import { createChatSettings } from './chat'
import { createPlatformEvents } from './events'
import { createCloudStores, createKnowledgeServices, createToolServices } from './knowledge'
import { createReportMailer } from './report'
import { createWebhookServices } from './webhooks'
import { createWorkflowRunServices } from './workflow-runs'

/**
 * The composition root of the API and stream functions: config -> clients -> adapters -> use
 * cases -> the Hono app. Clients come to life on first use; endpoints come from the SDK's
 * standard variables, so the same code also runs against the local stand-ins.
 */
export function createApiRoot(config: LambdaConfig, logger: Logger, signingKey: string) {
  const cloud = createCloudStores(config)
  const { region, dynamo, s3, sqs, bedrock, pinecone } = cloud
  const knowledge = createKnowledgeServices(config, cloud)

  // Each service's SDK module loads with its first readiness check (`/readyz`), not at cold start.
  const probes = [
    lazyProbe('dynamodb', () => createDynamoDbProbe(dynamo().client, config.TABLE_NAME)),
    lazyProbe('s3', async () =>
      (await import('@chatter/aws/s3')).createS3Probe(await s3(), config.DOCUMENTS_BUCKET),
    ),
    lazyProbe('queue', async () =>
      (await import('@chatter/aws/sqs')).createSqsProbe(await sqs(), config.INGEST_QUEUE_URL),
    ),
    lazyProbe('stepfunctions', async () => {
      const arn = required(config.INGEST_STATE_MACHINE_ARN, 'INGEST_STATE_MACHINE_ARN')
      return (await import('@chatter/aws/sfn')).createSfnProbe({ region }, arn)
    }),
    lazyProbe('vector', () => new PineconeProbe(pinecone, config.PINECONE_INDEX)),
    lazyProbe('model', async () => {
      const [{ BedrockProbe }, client] = await Promise.all([
        import('@chatter/aws/bedrock'),
        bedrock(),
      ])
      return new BedrockProbe(() => client, config.CHAT_MODEL_ID)
    }),
  ]
  const app = createApp({
    events: createPlatformEvents(config, cloud),
    config,
    logger,
    probes,
    identity: {
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
      firstUserAdmin: config.FIRST_USER_ADMIN,
    },
    // Every request reads the table (credentials, sessions), so its client is made at once.
    ...cloud.stores(),
    knowledge,
    tools: createToolServices(config, cloud, knowledge),
    passwords: new ScryptPasswordHasher(),
    tokens: new JwtAccessTokenSigner(signingKey, config.ACCESS_TOKEN_TTL_SECONDS),
    chat: createChatSettings(config),
    workflowRuns: createWorkflowRunServices(config, cloud),
    accountDeletion: createAccountDeletionMachine(config, cloud),
    webhooks: createWebhookServices(config, cloud),
    reportMailer: createReportMailer(config, region).mailer,
  })
  return { app }
}

/**
 * The Hono app of this Lambda instance, built once; the signing key is read from Secrets
 * Manager first (or taken from JWT_SECRET outside AWS).
 */
export const apiApp = lazy(async () => {
  const config = lambdaConfig()
  const signingKey = config.JWT_SECRET ?? (await readSecret(config.JWT_SECRET_ARN as string))
  return createApiRoot(config, lambdaLogger(), signingKey).app
})

function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} is not set for this function`)
  return value
}
