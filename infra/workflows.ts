import {
  functions,
  ingestStateMachine,
  prefixes,
  schedules,
  stateMachines,
  workflowStateMachines,
} from '@chatter/resources'
import { Rule, Schedule } from 'aws-cdk-lib/aws-events'
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets'
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam'
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
import { grantChat, grantEmbed, grantRunWorkflows, pineconeApiKey } from './permissions'
import { grantWebhookPublishing, Queues } from './queues'
import { deploySettings } from './settings'
import { Storage } from './storage'

/**
 * The state machines: the large-document pipeline (the ingest-step function and the state machine
 * whose every Task invokes it; the ASL comes from @chatter/resources, the same module the local
 * runner executes), and user-defined workflows, whose state machines the app creates at run time
 * under a name prefix, all running as one role that may invoke the workflow-step function.
 */
export function Workflows({ app, stack }: StackContext) {
  const { table, bucket, toolSecretsKey } = use(Storage)
  const { queue, webhookQueue } = use(Queues)
  const settings = deploySettings(app.stage)
  const pineconeKey = pineconeApiKey(stack, settings.pineconeApiKeyParameter)

  // Every Task of every workflow: model, agent, retrieval, tool and webhook nodes.
  const workflowStep = chatterFunction(stack, functions.workflowStep, settings, {
    ...appEnvironment(settings, { table, bucket, queue }),
    TOOL_SECRETS_KEY_ID: toolSecretsKey.keyArn,
  })
  table.grantReadWriteData(workflowStep) // node runs and approvals
  bucket.grantRead(workflowStep) // lexical index snapshots
  toolSecretsKey.grantDecrypt(workflowStep) // tool servers' credentials
  grantChat(workflowStep, settings.chatModelId)
  grantEmbed(workflowStep, settings.embeddingModelId)
  pineconeKey.grantRead(workflowStep)

  const workflowRole = new Role(stack, workflowStateMachines.roleId, {
    assumedBy: new ServicePrincipal('states.amazonaws.com'),
    description: 'Runs the user-defined workflow state machines',
  })
  workflowStep.grantInvoke(workflowRole)
  // Traced state machines send segments to X-Ray (its actions name no resource).
  workflowRole.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [
        'xray:PutTraceSegments',
        'xray:PutTelemetryRecords',
        'xray:GetSamplingRules',
        'xray:GetSamplingTargets',
      ],
      resources: ['*'],
    }),
  )
  const workflowRuns = {
    role: workflowRole,
    prefix: workflowStateMachines.namePrefix(app.name, app.stage),
    /** The variables a function that starts workflows needs (grant it `grantRunWorkflows`). */
    environment: {
      WORKFLOW_STEP_FUNCTION_ARN: workflowStep.functionArn,
      WORKFLOW_ROLE_ARN: workflowRole.roleArn,
      WORKFLOW_STATE_MACHINE_PREFIX: workflowStateMachines.namePrefix(app.name, app.stage),
    },
  }

  // Documents that became ready start the workflows subscribed to `document.ready`.
  const ingestStep = chatterFunction(stack, functions.ingestStep, settings, {
    ...appEnvironment(settings, { table, bucket, queue }),
    ...workflowRuns.environment,
  })
  grantRunWorkflows(ingestStep, { role: workflowRole, prefix: workflowRuns.prefix, stack })
  grantWebhookPublishing(ingestStep, webhookQueue) // document.ready / document.failed
  table.grantReadWriteData(ingestStep)
  bucket.grantRead(ingestStep)
  bucket.grantPut(ingestStep, `${prefixes.blobs}*`)
  bucket.grantDelete(ingestStep, `${prefixes.blobs}*`) // superseded lexical index snapshots
  grantEmbed(ingestStep, settings.embeddingModelId)
  pineconeKey.grantRead(ingestStep)

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

  // Starts the scheduled workflows that are due, every minute, and records how each workflow
  // execution ended (its status-change event), so stored statuses are current unread.
  const workflowTriggers = chatterFunction(stack, functions.workflowTriggers, settings, {
    ...appEnvironment(settings, { table, bucket, queue, stateMachine }),
    ...workflowRuns.environment,
  })
  table.grantReadWriteData(workflowTriggers)
  grantRunWorkflows(workflowTriggers, { role: workflowRole, prefix: workflowRuns.prefix, stack })
  grantWebhookPublishing(workflowTriggers, webhookQueue) // workflow.succeeded / workflow.failed
  new Rule(stack, schedules.workflowTriggers.id, {
    schedule: Schedule.expression(schedules.workflowTriggers.expression),
    targets: [new LambdaFunction(workflowTriggers, { retryAttempts: 2 })],
  })
  new Rule(stack, workflowStateMachines.statusChangeRuleId, {
    eventPattern: {
      source: ['aws.states'],
      detailType: ['Step Functions Execution Status Change'],
      detail: {
        status: ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'],
        stateMachineArn: [
          {
            prefix: `arn:aws:states:${stack.region}:${stack.account}:stateMachine:${workflowRuns.prefix}`,
          },
        ],
      },
    },
    targets: [new LambdaFunction(workflowTriggers, { retryAttempts: 8 })],
  })

  return { stateMachine, ingestStep, workflowStep, workflowTriggers, workflowRuns }
}
