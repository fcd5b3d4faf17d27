import {
  accountDeletionStateMachine,
  functions,
  schedules,
  stateMachines,
} from '@chatter/resources'
import { Rule, Schedule } from 'aws-cdk-lib/aws-events'
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets'
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
import { pineconeApiKey } from './permissions'
import { Queues } from './queues'
import { deploySettings } from './settings'
import { Storage } from './storage'
import { Workflows } from './workflows'

/**
 * Data lifecycle: the daily retention purge (an EventBridge schedule -> the retention function)
 * and account deletion (a state machine whose every Task invokes the account-deletion-step
 * function; the ASL comes from @chatter/resources, as the local runner's does). Both delete
 * table items, documents' files and lexical snapshots (S3) and vectors (Pinecone).
 */
export function Accounts({ app, stack }: StackContext) {
  const { table, bucket } = use(Storage)
  const { queue } = use(Queues)
  const { stateMachine: ingestStateMachine } = use(Workflows)
  const settings = deploySettings(app.stage)
  const pineconeKey = pineconeApiKey(stack, settings.pineconeApiKeyParameter)
  const environment = appEnvironment(settings, {
    table,
    bucket,
    queue,
    stateMachine: ingestStateMachine,
  })

  const retention = chatterFunction(stack, functions.retention, settings, environment)
  const accountDeletionStep = chatterFunction(
    stack,
    functions.accountDeletionStep,
    settings,
    environment,
  )
  for (const fn of [retention, accountDeletionStep]) {
    table.grantReadWriteData(fn)
    bucket.grantReadWrite(fn) // reads and rewrites lexical snapshots, deletes documents' files
    bucket.grantDelete(fn)
    pineconeKey.grantRead(fn)
  }
  new Rule(stack, schedules.retention.id, {
    schedule: Schedule.expression(schedules.retention.expression),
    targets: [new LambdaFunction(retention, { retryAttempts: 2 })],
  })

  const { accountDeletion } = stateMachines
  const logGroup = new LogGroup(stack, `${accountDeletion.id}Logs`, {
    logGroupName: `/aws/vendedlogs/states/${app.name}-${app.stage}-${accountDeletion.localName}`,
    retention: RetentionDays.ONE_MONTH,
    removalPolicy: settings.disposable ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
  })
  const accountDeletionMachine = new StateMachine(stack, accountDeletion.id, {
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromString(
      stack.toJsonString(accountDeletionStateMachine(accountDeletionStep.functionArn)),
    ),
    tracingEnabled: true,
    logs: { destination: logGroup, level: LogLevel.ERROR, includeExecutionData: false },
  })
  // A string definition hides its Tasks from CDK, so the invoke grant must be explicit.
  accountDeletionStep.grantInvoke(accountDeletionMachine)

  return { retention, accountDeletionStep, accountDeletionMachine }
}
