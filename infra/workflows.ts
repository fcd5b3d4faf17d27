import { functions, ingestStateMachine, prefixes, stateMachines } from '@chatter/resources'
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs'
import {
  DefinitionBody,
  LogLevel,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions'
import { RemovalPolicy } from 'aws-cdk-lib/core'
import { type StackContext, use } from 'sst/constructs'
import { appEnvironment, chatterFunction } from './function'
import { grantEmbed, pineconeApiKey } from './permissions'
import { Queues } from './queues'
import { deploySettings } from './settings'
import { Storage } from './storage'

/**
 * The large-document pipeline: the ingest-step function and the state machine whose every Task
 * invokes it. The ASL comes from @chatter/resources, the same module the local runner executes.
 */
export function Workflows({ app, stack }: StackContext) {
  const { table, bucket } = use(Storage)
  const { queue } = use(Queues)
  const settings = deploySettings(app.stage)

  const ingestStep = chatterFunction(
    stack,
    functions.ingestStep,
    settings,
    appEnvironment(settings, { table, bucket, queue }),
  )
  table.grantReadWriteData(ingestStep)
  bucket.grantRead(ingestStep)
  bucket.grantPut(ingestStep, `${prefixes.blobs}*`)
  bucket.grantDelete(ingestStep, `${prefixes.blobs}*`) // superseded lexical index snapshots
  grantEmbed(ingestStep, settings.embeddingModelId)
  pineconeApiKey(stack, settings.pineconeApiKeyParameter).grantRead(ingestStep)

  // Under /aws/vendedlogs/ the log delivery does not grow the account's 5 KB logs resource policy.
  const logGroup = new LogGroup(stack, `${stateMachines.ingest.id}Logs`, {
    logGroupName: `/aws/vendedlogs/states/${app.name}-${app.stage}-${stateMachines.ingest.localName}`,
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: settings.disposable ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
  })
  // The timeout lives in the ASL (TimeoutSeconds): CDK ignores `timeout` for string definitions.
  const stateMachine = new StateMachine(stack, stateMachines.ingest.id, {
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromString(
      stack.toJsonString(ingestStateMachine(ingestStep.functionArn)),
    ),
    tracingEnabled: true,
    logs: { destination: logGroup, level: LogLevel.ERROR, includeExecutionData: false },
  })
  // A string definition hides its Tasks from CDK, so the invoke grant must be explicit.
  ingestStep.grantInvoke(stateMachine)

  return { stateMachine, ingestStep }
}
