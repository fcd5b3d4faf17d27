import type { functions } from '@chatter/resources'
import type { ITable } from 'aws-cdk-lib/aws-dynamodb'
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs'
import type { IBucket } from 'aws-cdk-lib/aws-s3'
import type { IQueue } from 'aws-cdk-lib/aws-sqs'
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions'
import { RemovalPolicy } from 'aws-cdk-lib/core'
import { type FunctionProps, Function as SstFunction, type Stack } from 'sst/constructs'
import type { DeploySettings } from './settings'

export type FunctionSpec = (typeof functions)[keyof typeof functions]

export interface AppResources {
  table: ITable
  bucket: IBucket
  queue: IQueue
  /** Absent for the ingest-step function: it is the state machine's own task (a cycle). */
  stateMachine?: IStateMachine
}

/** The variables the app's config reads at cold start (the config contract; names are fixed). */
export function appEnvironment(
  settings: DeploySettings,
  { table, bucket, queue, stateMachine }: AppResources,
): Record<string, string> {
  return {
    TABLE_NAME: table.tableName,
    DOCUMENTS_BUCKET: bucket.bucketName,
    INGEST_QUEUE_URL: queue.queueUrl,
    ...(stateMachine && { INGEST_STATE_MACHINE_ARN: stateMachine.stateMachineArn }),
    MODEL_PROVIDER: 'bedrock',
    CHAT_MODEL_ID: settings.chatModelId,
    EMBEDDING_MODEL_ID: settings.embeddingModelId,
    EMBEDDING_DIMENSIONS: settings.embeddingDimensions,
    VECTOR_PROVIDER: 'pinecone',
    PINECONE_INDEX: settings.pineconeIndex,
    PINECONE_API_KEY_PARAMETER: settings.pineconeApiKeyParameter,
    CORS_ORIGINS: settings.corsOrigins.join(','),
    LOG_LEVEL: settings.logLevel,
    FIRST_USER_ADMIN: String(settings.firstUserAdmin),
    POWERTOOLS_SERVICE_NAME: 'chatter',
  }
}

/**
 * A Lambda function as declared in `functions` of @chatter/resources. Runtime, architecture and
 * bundling come from the app defaults in sst.config.ts; SST bundles the handler with esbuild.
 */
export function chatterFunction(
  stack: Stack,
  spec: FunctionSpec,
  settings: DeploySettings,
  environment: Record<string, string>,
  props: Omit<FunctionProps, 'handler' | 'timeout' | 'memorySize' | 'environment'> = {},
): SstFunction {
  // An explicit log group, so logs expire instead of accumulating (and billing) forever.
  const logGroup = new LogGroup(stack, `${spec.id}Logs`, {
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: settings.disposable ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
  })
  return new SstFunction(stack, spec.id, {
    handler: spec.handler,
    timeout: spec.timeoutSeconds,
    memorySize: spec.memoryMb,
    environment,
    logGroup,
    ...props,
  })
}
