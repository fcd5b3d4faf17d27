// Synthesizes the whole SST app offline, the way `sst deploy` builds it (handlers bundled by
// esbuild), and checks what a deployer relies on: the resources and how they are wired together.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  accountDeletionStateMachine,
  documentsBucket,
  functions,
  ingestQueue,
  ingestStateMachine,
  prefixes,
  schedules,
  stateMachines,
  table as tableSpec,
  webhookQueue,
  workflowStateMachines,
} from '@chatter/resources'
import { Match, Template } from 'aws-cdk-lib/assertions'
import { getStack } from 'sst/constructs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { Accounts } from '../../infra/accounts'
import { Api } from '../../infra/api'
import { Ingestion } from '../../infra/ingestion'
import { Queues } from '../../infra/queues'
import { Reports } from '../../infra/reports'
import { Storage } from '../../infra/storage'
import { projectRoot, type Synthesized, synthesize } from '../../infra/synthesize'
import { Webhooks } from '../../infra/webhooks'
import { Workflows } from '../../infra/workflows'
import {
  actionsOf,
  allowStatements,
  arnOf,
  covers,
  functionByHandler,
  logicalId,
  parseDefinition,
  ref,
  resolve,
  roleStatements,
  type Statement,
} from './templates'

const origins = ['https://app.example.com', 'https://admin.example.com']
const chatProfile = 'us.anthropic.claude-3-5-haiku-20241022-v1:0'
const reportSender = 'reports@example.com'
const appEnvNames = [
  'TABLE_NAME',
  'DOCUMENTS_BUCKET',
  'INGEST_QUEUE_URL',
  'MODEL_PROVIDER',
  'CHAT_MODEL_ID',
  'EMBEDDING_MODEL_ID',
  'EMBEDDING_DIMENSIONS',
  'VECTOR_PROVIDER',
  'PINECONE_INDEX',
  'PINECONE_API_KEY_PARAMETER',
  'CORS_ORIGINS',
  'LOG_LEVEL',
  'POWERTOOLS_SERVICE_NAME',
]

let outdir: string
let synthesized: Synthesized
let storage: Template
let queues: Template
let workflows: Template
let ingestion: Template
let api: Template
let reports: Template
let webhooks: Template
let accounts: Template
let all: Template[]

beforeAll(async () => {
  vi.stubEnv('CORS_ORIGINS', origins.join(','))
  vi.stubEnv('CHAT_MODEL_ID', chatProfile)
  vi.stubEnv('REPORT_EMAIL_FROM', reportSender)
  for (const name of ['EMBEDDING_MODEL_ID', 'PINECONE_INDEX', 'LOG_LEVEL']) vi.stubEnv(name, '')
  outdir = await mkdtemp(join(tmpdir(), 'chatter-synth-'))
  synthesized = await synthesize({ stage: 'prod', outdir })
  storage = Template.fromStack(getStack(Storage))
  queues = Template.fromStack(getStack(Queues))
  workflows = Template.fromStack(getStack(Workflows))
  ingestion = Template.fromStack(getStack(Ingestion))
  api = Template.fromStack(getStack(Api))
  reports = Template.fromStack(getStack(Reports))
  webhooks = Template.fromStack(getStack(Webhooks))
  accounts = Template.fromStack(getStack(Accounts))
  all = [storage, queues, workflows, ingestion, api, reports, webhooks, accounts]
}, 300_000)

afterAll(async () => {
  vi.unstubAllEnvs()
  if (outdir) await rm(outdir, { recursive: true, force: true })
})

const tableId = () => logicalId(storage, 'AWS::DynamoDB::Table')
const bucketId = () => logicalId(storage, 'AWS::S3::Bucket')
const redrivenQueueId = (spec: { visibilityTimeoutSeconds: number }) =>
  logicalId(queues, 'AWS::SQS::Queue', {
    RedrivePolicy: Match.objectLike({}),
    VisibilityTimeout: spec.visibilityTimeoutSeconds,
  })
/** The queue a queue's RedrivePolicy moves messages to. */
const deadLetterOf = (queueLogicalId: string): string =>
  queues.toJSON().Resources[queueLogicalId].Properties.RedrivePolicy.deadLetterTargetArn[
    'Fn::GetAtt'
  ][0]
const queueId = () => redrivenQueueId(ingestQueue)
const deadLetterId = () => deadLetterOf(queueId())
const webhookQueueId = () => redrivenQueueId(webhookQueue)
const stateMachineId = () => logicalId(workflows, 'AWS::StepFunctions::StateMachine')
const fn = (spec: { handler: string }) => functionByHandler(all, spec.handler)

describe('storage', () => {
  it('declares the single table with its keys, indexes, TTL and point-in-time recovery', () => {
    const keySchema = (partitionKey: string, sortKey: string) => [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ]
    storage.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: keySchema(tableSpec.partitionKey, tableSpec.sortKey),
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: tableSpec.partitionKey, AttributeType: 'S' },
        { AttributeName: tableSpec.sortKey, AttributeType: 'S' },
      ]),
      GlobalSecondaryIndexes: tableSpec.globalIndexes.map((index) => ({
        IndexName: index.name,
        KeySchema: keySchema(index.partitionKey, index.sortKey),
        Projection: { ProjectionType: 'ALL' },
      })),
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: tableSpec.ttlAttribute, Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    })
  })

  it('keeps the table and the bucket when a production stage is removed', () => {
    storage.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    })
    storage.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    })
  })

  it('encrypts the documents bucket, blocks public access and refuses plain HTTP', () => {
    storage.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    })
    storage.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: ref(bucketId()),
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    })
  })

  it('lets browsers upload with presigned URLs from the configured origins', () => {
    storage.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [
          {
            AllowedOrigins: origins,
            AllowedMethods: [...documentsBucket.cors.allowedMethods],
            AllowedHeaders: [...documentsBucket.cors.allowedHeaders],
            ExposedHeaders: [...documentsBucket.cors.exposedHeaders],
            MaxAge: documentsBucket.cors.maxAgeSeconds,
          },
        ],
      },
    })
  })

  it('applies every lifecycle rule of the resource declaration', () => {
    const rules = documentsBucket.lifecycle.map((rule) => ({
      Id: rule.id,
      Status: 'Enabled',
      ...('prefix' in rule && { Prefix: rule.prefix }),
      ...('abortIncompleteMultipartUploadAfterDays' in rule && {
        AbortIncompleteMultipartUpload: {
          DaysAfterInitiation: rule.abortIncompleteMultipartUploadAfterDays,
        },
      }),
      ...('expirationDays' in rule && { ExpirationInDays: rule.expirationDays }),
      ...('transitionToIaAfterDays' in rule && {
        Transitions: [
          { StorageClass: 'STANDARD_IA', TransitionInDays: rule.transitionToIaAfterDays },
        ],
      }),
    }))
    storage.hasResourceProperties('AWS::S3::Bucket', { LifecycleConfiguration: { Rules: rules } })
  })

  it('generates the access-token signing key in the account, kept like the table', () => {
    storage.hasResource('AWS::SecretsManager::Secret', {
      Properties: Match.objectLike({
        GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
      }),
      DeletionPolicy: 'Retain',
    })
  })

  it('outputs the table and bucket names', () => {
    storage.hasOutput('TableName', { Value: ref(tableId()) })
    storage.hasOutput('BucketName', { Value: ref(bucketId()) })
  })
})

describe('queues', () => {
  it('redrives ingest messages to the dead-letter queue after maxReceiveCount receives', () => {
    queues.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: ingestQueue.visibilityTimeoutSeconds,
      MessageRetentionPeriod: ingestQueue.retentionSeconds,
      SqsManagedSseEnabled: true,
      RedrivePolicy: {
        deadLetterTargetArn: arnOf(deadLetterId()),
        maxReceiveCount: ingestQueue.deadLetter.maxReceiveCount,
      },
    })
    queues.hasResourceProperties('AWS::SQS::Queue', {
      MessageRetentionPeriod: ingestQueue.deadLetter.retentionSeconds,
      SqsManagedSseEnabled: true,
      RedrivePolicy: Match.absent(),
    })
  })

  it('accepts messages from S3 for the documents bucket only', () => {
    const policy = Object.values(queues.findResources('AWS::SQS::QueuePolicy')).find((resource) =>
      resource.Properties.Queues.some(
        (queue: unknown) => JSON.stringify(queue) === JSON.stringify(ref(queueId())),
      ),
    )
    const fromS3 = policy?.Properties.PolicyDocument.Statement.find(
      (statement: { Principal?: { Service?: string } }) =>
        statement.Principal?.Service === 's3.amazonaws.com',
    )
    expect(fromS3).toMatchObject({ Effect: 'Allow', Resource: arnOf(queueId()) })
    expect(fromS3.Action).toContain('sqs:SendMessage')
    expect(resolve(all, fromS3.Condition.ArnLike['aws:SourceArn'])).toEqual(arnOf(bucketId()))
  })
})

describe('ingestion', () => {
  it('sends object-created events under each ingest prefix to the ingest queue', () => {
    const [notifications] = Object.values(ingestion.findResources('Custom::S3BucketNotifications'))
    expect(resolve(all, notifications?.Properties.BucketName)).toEqual(ref(bucketId()))
    const configurations = notifications?.Properties.NotificationConfiguration
      .QueueConfigurations as {
      Events: string[]
      Filter: { Key: { FilterRules: { Name: string; Value: string }[] } }
      QueueArn: unknown
    }[]
    expect(configurations.map((c) => c.Filter.Key.FilterRules)).toEqual(
      documentsBucket.ingestPrefixes.map((prefix) => [{ Name: 'prefix', Value: prefix }]),
    )
    // Uploaded export files are imported by `import.run`, never ingested as documents.
    expect(JSON.stringify(configurations)).not.toContain(prefixes.imports)
    for (const configuration of configurations) {
      expect(configuration.Events).toEqual(['s3:ObjectCreated:*'])
      expect(resolve(all, configuration.QueueArn)).toEqual(arnOf(queueId()))
    }
  })

  it('feeds the ingest function from the queue in batches, reporting item failures', () => {
    const ingest = fn(functions.ingest)
    const [mapping] = Object.values(ingestion.findResources('AWS::Lambda::EventSourceMapping'))
    expect(mapping?.Properties).toMatchObject({
      FunctionName: ref(ingest.id),
      BatchSize: ingestQueue.batchSize,
      MaximumBatchingWindowInSeconds: ingestQueue.maxBatchingWindowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    })
    expect(resolve(all, mapping?.Properties.EventSourceArn)).toEqual(arnOf(queueId()))
    // Lambda requires the queue to stay invisible for at least the function's timeout.
    expect(ingestQueue.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(ingest.properties.Timeout)
  })

  it('lets the ingest function read documents, start the workflow and write the table', () => {
    const ingest = fn(functions.ingest)
    const statements = roleStatements(ingestion, ingest.properties.Role['Fn::GetAtt'][0])
    const grants = (action: string) =>
      statements.filter((statement) => actionsOf(statement).includes(action))
    const resolved = (action: string) =>
      grants(action).flatMap((statement) => [statement.Resource].flat().map((r) => resolve(all, r)))
    expect(resolved('s3:GetObject*')).toContainEqual(arnOf(bucketId()))
    // The ingest state machine, and the user-defined workflows' (see `user-defined workflows`).
    expect(resolved('states:StartExecution')).toHaveLength(2)
    expect(resolved('states:StartExecution')).toContainEqual(ref(stateMachineId()))
    expect(resolved('dynamodb:PutItem')).toContainEqual(arnOf(tableId()))
    expect(resolved('sqs:DeleteMessage')).toEqual([arnOf(queueId())])
  })
})

describe('workflows', () => {
  it('deploys the shared ingest ASL, every Task invoking the ingest-step function', () => {
    const step = fn(functions.ingestStep)
    const machine = workflows.findResources('AWS::StepFunctions::StateMachine')[stateMachineId()]
    const { asl, spliced } = parseDefinition(machine?.Properties.DefinitionString, 'TASK')
    expect(asl).toEqual(ingestStateMachine('TASK'))
    expect(asl).toMatchObject({ TimeoutSeconds: stateMachines.ingest.timeoutSeconds })
    expect(spliced.length).toBeGreaterThan(0)
    for (const resource of spliced) expect(resource).toEqual(arnOf(step.id))
  })

  it("lets the state machine's role invoke the ingest-step function", () => {
    const step = fn(functions.ingestStep)
    const machine = workflows.findResources('AWS::StepFunctions::StateMachine')[stateMachineId()]
    const roleId = machine?.Properties.RoleArn['Fn::GetAtt'][0]
    const invoke = roleStatements(workflows, roleId).filter((statement) =>
      actionsOf(statement).includes('lambda:InvokeFunction'),
    )
    expect(invoke.some((statement) => covers(statement, arnOf(step.id)))).toBe(true)
  })

  it('logs failed executions and traces them', () => {
    workflows.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      LoggingConfiguration: Match.objectLike({ Level: 'ERROR' }),
      TracingConfiguration: { Enabled: true },
    })
  })
})

describe('user-defined workflows', () => {
  const prefix = workflowStateMachines.namePrefix('chatter', 'prod')
  const roleId = () =>
    logicalId(workflows, 'AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [Match.objectLike({ Principal: { Service: 'states.amazonaws.com' } })],
      }),
      Description: Match.stringLikeRegexp('user-defined workflow'),
    })
  const statementsOf = (spec: { handler: string }) => {
    const { template, properties } = fn(spec)
    return roleStatements(template, properties.Role['Fn::GetAtt'][0])
  }
  const resourcesOf = (statements: Statement[], action: string) =>
    statements
      .filter((statement) => actionsOf(statement).includes(action))
      .flatMap((statement) => [statement.Resource].flat().map((r) => JSON.stringify(r)))

  it('runs their state machines as a role only Step Functions assumes, which may invoke the step', () => {
    const step = fn(functions.workflowStep)
    const statements = roleStatements(workflows, roleId())
    const invoke = statements.filter((s) => actionsOf(s).includes('lambda:InvokeFunction'))
    expect(invoke.some((statement) => covers(statement, arnOf(step.id)))).toBe(true)
    expect(statements.flatMap(actionsOf).every((a) => /^(lambda:Invoke|xray:)/.test(a))).toBe(true)
  })

  it('lets the step function use the table, models, knowledge and tool credentials', () => {
    const statements = statementsOf(functions.workflowStep)
    const actions = statements.flatMap(actionsOf)
    expect(actions).toEqual(
      expect.arrayContaining([
        'dynamodb:PutItem',
        's3:GetObject*',
        'bedrock:InvokeModel',
        'bedrock:InvokeModelWithResponseStream',
        'ssm:GetParameter',
        'kms:Decrypt',
      ]),
    )
    expect(actions).not.toContain('kms:Encrypt')
    expect(actions).not.toContain('s3:PutObject')
    const keyId = logicalId(storage, 'AWS::KMS::Key')
    const variables = fn(functions.workflowStep).properties.Environment.Variables
    expect(resolve(all, variables.TOOL_SECRETS_KEY_ID)).toEqual(arnOf(keyId))
  })

  it('checks the workflow schedules every minute', () => {
    const triggers = fn(functions.workflowTriggers)
    workflows.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: schedules.workflowTriggers.expression,
      Targets: [Match.objectLike({ Arn: arnOf(triggers.id) })],
    })
    workflows.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: arnOf(triggers.id),
      Principal: 'events.amazonaws.com',
    })
  })

  it('sends the end of every workflow execution (and only those) to the same function', () => {
    const triggers = fn(functions.workflowTriggers)
    const rules = workflows.findResources('AWS::Events::Rule', {
      Properties: { EventPattern: Match.objectLike({ source: ['aws.states'] }) },
    })
    const [rule] = Object.values(rules) as { Properties: Record<string, unknown> }[]
    expect(Object.keys(rules)).toHaveLength(1)
    const pattern = resolve(all, rule?.Properties.EventPattern) as Record<string, unknown>
    expect(pattern['detail-type']).toEqual(['Step Functions Execution Status Change'])
    const detail = pattern.detail as { status: string[]; stateMachineArn: { prefix: string }[] }
    expect(detail.status.sort()).toEqual(['ABORTED', 'FAILED', 'SUCCEEDED', 'TIMED_OUT'])
    expect(JSON.stringify(detail.stateMachineArn)).toContain(':stateMachine:chatter-')
    expect(JSON.stringify(detail.stateMachineArn)).toContain('-wf-')
    expect(JSON.stringify(rule?.Properties.Targets)).toContain(triggers.id)
  })

  it.each([
    functions.api,
    functions.stream,
    functions.workflowTriggers,
    functions.ingest,
    functions.ingestStep,
  ])('lets $id run workflows under the prefix only, passing their role', (spec) => {
    const statements = statementsOf(spec)
    for (const action of [
      'states:CreateStateMachine',
      'states:UpdateStateMachine',
      'states:DeleteStateMachine',
      'states:StartExecution',
    ]) {
      expect(resourcesOf(statements, action).join(), action).toContain(`:stateMachine:${prefix}*`)
    }
    for (const action of ['states:DescribeExecution', 'states:StopExecution']) {
      expect(resourcesOf(statements, action).join(), action).toContain(`:execution:${prefix}*:*`)
    }
    expect(resourcesOf(statements, 'states:SendTaskSuccess')).toEqual(['"*"'])
    const passRole = statements.filter((s) => actionsOf(s).includes('iam:PassRole'))
    expect(passRole.map((s) => resolve(all, s.Resource))).toEqual([arnOf(roleId())])

    const variables = fn(spec).properties.Environment.Variables
    expect(resolve(all, variables.WORKFLOW_STEP_FUNCTION_ARN)).toEqual(
      arnOf(fn(functions.workflowStep).id),
    )
    expect(resolve(all, variables.WORKFLOW_ROLE_ARN)).toEqual(arnOf(roleId()))
    expect(variables.WORKFLOW_STATE_MACHINE_PREFIX).toBe(prefix)
  })
})

describe('api', () => {
  it('routes every HTTP API request to the api function', () => {
    const apiFn = fn(functions.api)
    const integrationId = logicalId(api, 'AWS::ApiGatewayV2::Integration', {
      IntegrationUri: arnOf(apiFn.id),
      PayloadFormatVersion: '2.0',
    })
    api.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      Target: { 'Fn::Join': ['', ['integrations/', ref(integrationId)]] },
    })
    api.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: arnOf(apiFn.id),
      Principal: 'apigateway.amazonaws.com',
    })
  })

  it('streams answers from a public function URL with CORS for the configured origins', () => {
    api.hasResourceProperties('AWS::Lambda::Url', {
      TargetFunctionArn: arnOf(fn(functions.stream).id),
      InvokeMode: 'RESPONSE_STREAM',
      AuthType: 'NONE',
      Cors: Match.objectLike({
        AllowOrigins: origins,
        AllowHeaders: Match.arrayWith(['authorization', 'last-event-id']),
      }),
    })
  })

  it('outputs the API and stream URLs', () => {
    api.hasOutput('ApiUrl', {
      Value: { 'Fn::GetAtt': [logicalId(api, 'AWS::ApiGatewayV2::Api'), 'ApiEndpoint'] },
    })
    api.hasOutput('StreamUrl', {
      Value: { 'Fn::GetAtt': [logicalId(api, 'AWS::Lambda::Url'), 'FunctionUrl'] },
    })
  })

  it('lets the app call the configured Bedrock models, scoped to them', () => {
    for (const spec of [functions.api, functions.stream]) {
      const { id, properties } = fn(spec)
      const statements = roleStatements(api, properties.Role['Fn::GetAtt'][0])
      const bedrock = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('bedrock:')))
      const actions = bedrock.flatMap(actionsOf)
      expect(actions, id).toEqual(
        expect.arrayContaining(['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']),
      )
      const arns = JSON.stringify(bedrock.map((s) => s.Resource))
      expect(arns).toContain(`:inference-profile/${chatProfile}`)
      expect(arns).toContain(`:bedrock:*::foundation-model/${chatProfile.slice(3)}`)
      expect(arns).toContain(':foundation-model/amazon.titan-embed-text-v2:0')
      expect(bedrock.every((s) => s.Resource !== '*')).toBe(true)
    }
  })

  it('lets the app use the table, bucket, queue and workflow, and read the Pinecone key', () => {
    const { properties } = fn(functions.api)
    const statements = roleStatements(api, properties.Role['Fn::GetAtt'][0])
    const resolved = (action: string) =>
      statements
        .filter((statement) => actionsOf(statement).includes(action))
        .flatMap((statement) => [statement.Resource].flat().map((r) => resolve(all, r)))
    expect(resolved('dynamodb:Query')).toContainEqual(arnOf(tableId()))
    expect(resolved('s3:PutObject')).toContainEqual({ 'Fn::Join': ['', [arnOf(bucketId()), '/*']] })
    // The ingest queue, and the webhook queue (see `webhooks`).
    expect(resolved('sqs:SendMessage')).toEqual([arnOf(queueId()), arnOf(webhookQueueId())])
    // The ingest state machine, the user-defined workflows' (see `user-defined workflows`) and
    // account deletion's (see `accounts`).
    expect(resolved('states:StartExecution')).toHaveLength(3)
    expect(resolved('states:StartExecution')).toContainEqual(ref(stateMachineId()))
    expect(resolved('states:DescribeExecution')).toHaveLength(2)
    expect(JSON.stringify(resolved('ssm:GetParameter'))).toContain(
      ':parameter/chatter/prod/pinecone-api-key',
    )
  })
})

describe('reports', () => {
  it('runs the report function on the reports schedule', () => {
    const report = fn(functions.report)
    reports.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: schedules.reports.expression,
      Targets: [Match.objectLike({ Arn: arnOf(report.id) })],
    })
    reports.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: arnOf(report.id),
      Principal: 'events.amazonaws.com',
    })
  })

  it('lets the report function use the table, write and read reports only, and queue webhooks', () => {
    const { properties } = fn(functions.report)
    const actions = roleStatements(reports, properties.Role['Fn::GetAtt'][0]).flatMap(actionsOf)
    expect(actions).toContain('dynamodb:Query')
    expect(actions).toContain('dynamodb:PutItem') // runs, schedule claims, usage markers
    expect(actions).toContain('sqs:SendMessage') // report.ready to the webhook queue
    expect(actions).not.toContain('s3:DeleteObject*')
    const read = roleStatements(reports, properties.Role['Fn::GetAtt'][0]).find((s) =>
      actionsOf(s).includes('s3:GetObject*'),
    )
    expect(JSON.stringify(read?.Resource)).toContain(`/${prefixes.reports}*`)
    const put = roleStatements(reports, properties.Role['Fn::GetAtt'][0]).find((s) =>
      actionsOf(s).includes('s3:PutObject'),
    )
    expect(JSON.stringify(put?.Resource)).toContain(`/${prefixes.reports}*`)
  })

  it('mails reports from REPORT_EMAIL_FROM: the report and API functions may send through SES', () => {
    const mailing: { id: string }[] = [functions.report, functions.api, functions.stream]
    for (const spec of Object.values(functions)) {
      const { template, properties } = fn(spec)
      const sends = roleStatements(template, properties.Role['Fn::GetAtt'][0]).filter((s) =>
        actionsOf(s).some((action) => action.startsWith('ses:')),
      )
      if (!mailing.includes(spec)) {
        expect(properties.Environment.Variables.REPORT_EMAIL_FROM, spec.id).toBeUndefined()
        expect(sends, spec.id).toEqual([])
        continue
      }
      expect(properties.Environment.Variables.REPORT_EMAIL_FROM, spec.id).toBe(reportSender)
      expect(sends.flatMap(actionsOf).sort(), spec.id).toEqual([
        'ses:SendEmail',
        'ses:SendRawEmail',
      ])
      const resources = JSON.stringify(sends.map((s) => s.Resource))
      expect(resources).toContain(':ses:')
      expect(resources).toContain(':identity/*')
    }
  })
})

describe('accounts', () => {
  const machineId = () => logicalId(accounts, 'AWS::StepFunctions::StateMachine')

  it('deploys the account-deletion ASL, every Task invoking the account-deletion-step function', () => {
    const step = fn(functions.accountDeletionStep)
    expect(step.template).toBe(accounts)
    const machine = accounts.findResources('AWS::StepFunctions::StateMachine')[machineId()]
    const { asl, spliced } = parseDefinition(machine?.Properties.DefinitionString, 'TASK')
    expect(asl).toEqual(accountDeletionStateMachine('TASK'))
    expect(asl).toMatchObject({ TimeoutSeconds: stateMachines.accountDeletion.timeoutSeconds })
    // Block, the Map's Workspace, Preferences, Forget and Record.
    expect(spliced).toHaveLength(5)
    for (const resource of spliced) expect(resource).toEqual(arnOf(step.id))
    accounts.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      LoggingConfiguration: Match.objectLike({ Level: 'ERROR' }),
      TracingConfiguration: { Enabled: true },
    })
  })

  it("lets the state machine's role invoke the account-deletion-step function", () => {
    const step = fn(functions.accountDeletionStep)
    const machine = accounts.findResources('AWS::StepFunctions::StateMachine')[machineId()]
    const roleId = machine?.Properties.RoleArn['Fn::GetAtt'][0]
    const invoke = roleStatements(accounts, roleId).filter((statement) =>
      actionsOf(statement).includes('lambda:InvokeFunction'),
    )
    expect(invoke.some((statement) => covers(statement, arnOf(step.id)))).toBe(true)
  })

  it('runs the retention function on the daily schedule', () => {
    const retention = fn(functions.retention)
    expect(retention.template).toBe(accounts)
    expect(schedules.retention.expression).toBe('rate(1 day)')
    accounts.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: schedules.retention.expression,
      Targets: [Match.objectLike({ Arn: arnOf(retention.id) })],
    })
    accounts.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: arnOf(retention.id),
      Principal: 'events.amazonaws.com',
    })
  })

  it('lets both functions delete table items and files, and read the Pinecone key', () => {
    for (const spec of [functions.retention, functions.accountDeletionStep]) {
      const { properties } = fn(spec)
      const statements = roleStatements(accounts, properties.Role['Fn::GetAtt'][0])
      const resolved = (action: string) =>
        statements
          .filter((statement) => actionsOf(statement).includes(action))
          .flatMap((statement) => [statement.Resource].flat().map((r) => resolve(all, r)))
      expect(resolved('dynamodb:DeleteItem'), spec.id).toContainEqual(arnOf(tableId()))
      expect(resolved('s3:DeleteObject*'), spec.id).toContainEqual({
        'Fn::Join': ['', [arnOf(bucketId()), '/*']],
      })
      expect(JSON.stringify(resolved('ssm:GetParameter')), spec.id).toContain(
        ':parameter/chatter/prod/pinecone-api-key',
      )
    }
  })

  it('gives the API the machine to start, and the right to start it', () => {
    for (const spec of [functions.api, functions.stream]) {
      const { properties } = fn(spec)
      const variables = properties.Environment.Variables
      expect(resolve(all, variables.ACCOUNT_DELETION_STATE_MACHINE_ARN), spec.id).toEqual(
        ref(machineId()),
      )
      const starts = roleStatements(api, properties.Role['Fn::GetAtt'][0])
        .filter((statement) => actionsOf(statement).includes('states:StartExecution'))
        .flatMap((statement) => [statement.Resource].flat().map((r) => resolve(all, r)))
      expect(starts, spec.id).toContainEqual(ref(machineId()))
    }
  })
})

describe('webhooks', () => {
  const deliveryRole = () => fn(functions.webhookDelivery).properties.Role['Fn::GetAtt'][0]
  const granted = (template: Template, roleId: string, action: string) =>
    roleStatements(template, roleId)
      .filter((statement) => actionsOf(statement).includes(action))
      .flatMap((statement) => [statement.Resource].flat().map((r) => resolve(all, r)))

  it('redrives webhook deliveries to their own dead-letter queue after maxReceiveCount', () => {
    queues.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: webhookQueue.visibilityTimeoutSeconds,
      MessageRetentionPeriod: webhookQueue.retentionSeconds,
      SqsManagedSseEnabled: true,
      RedrivePolicy: { maxReceiveCount: webhookQueue.deadLetter.maxReceiveCount },
    })
    const deadLetter = deadLetterOf(webhookQueueId())
    expect(deadLetter).not.toBe(deadLetterId())
    expect(queues.toJSON().Resources[deadLetter].Properties).toMatchObject({
      MessageRetentionPeriod: webhookQueue.deadLetter.retentionSeconds,
      SqsManagedSseEnabled: true,
    })
  })

  it('feeds the delivery function from the webhook queue, reporting item failures', () => {
    const delivery = fn(functions.webhookDelivery)
    const [mapping] = Object.values(webhooks.findResources('AWS::Lambda::EventSourceMapping'))
    expect(mapping?.Properties).toMatchObject({
      FunctionName: ref(delivery.id),
      BatchSize: webhookQueue.batchSize,
      MaximumBatchingWindowInSeconds: webhookQueue.maxBatchingWindowSeconds,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    })
    expect(resolve(all, mapping?.Properties.EventSourceArn)).toEqual(arnOf(webhookQueueId()))
    expect(webhookQueue.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(
      delivery.properties.Timeout,
    )
  })

  it('lets the delivery function back off, use the table and decrypt endpoint secrets', () => {
    const role = deliveryRole()
    for (const action of ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:ReceiveMessage'])
      expect(granted(webhooks, role, action), action).toEqual([arnOf(webhookQueueId())])
    expect(granted(webhooks, role, 'dynamodb:UpdateItem')).toContainEqual(arnOf(tableId()))
    const keyId = logicalId(storage, 'AWS::KMS::Key')
    expect(granted(webhooks, role, 'kms:Decrypt')).toEqual([arnOf(keyId)])
    expect(granted(webhooks, role, 'kms:Encrypt')).toEqual([])
    const variables = fn(functions.webhookDelivery).properties.Environment.Variables
    expect(resolve(all, variables.WEBHOOK_QUEUE_URL)).toEqual(ref(webhookQueueId()))
    expect(resolve(all, variables.TOOL_SECRETS_KEY_ID)).toEqual(arnOf(keyId))
  })

  it('lets every function that publishes platform events queue deliveries, and no other', () => {
    const publishers: { id: string; handler: string }[] = [
      functions.api,
      functions.stream,
      functions.ingest,
      functions.ingestStep,
      functions.workflowTriggers,
      functions.report, // report.ready
    ]
    for (const spec of [...publishers, functions.workflowStep]) {
      const { template, properties } = fn(spec)
      const sends = granted(template, properties.Role['Fn::GetAtt'][0], 'sqs:SendMessage')
      const url = resolve(all, properties.Environment.Variables.WEBHOOK_QUEUE_URL)
      if (publishers.includes(spec)) {
        expect(sends, spec.id).toContainEqual(arnOf(webhookQueueId()))
        expect(url, spec.id).toEqual(ref(webhookQueueId()))
      } else {
        expect(sends, spec.id).not.toContainEqual(arnOf(webhookQueueId()))
        expect(url, spec.id).toBeUndefined()
      }
    }
  })
})

describe('every function', () => {
  const specs = Object.values(functions)

  it.each(specs)('$id runs nodejs22.x on arm64 with its timeout and memory', (spec) => {
    const { properties } = fn(spec)
    expect(properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Timeout: spec.timeoutSeconds,
      MemorySize: spec.memoryMb,
    })
  })

  it.each(specs)('$id is an ESM bundle of its handler', async (spec) => {
    const { properties } = fn(spec)
    const asset = join(
      synthesized.assembly.directory,
      `asset.${properties.Code.S3Key.replace(/\.zip$/, '')}`,
    )
    const bundle = join(asset, spec.handler.replace(/\.handler$/, '.mjs'))
    expect(existsSync(bundle), bundle).toBe(true)
    expect(await readFile(bundle, 'utf8')).toMatch(/^import\b/)
  })

  it('ships the Swagger UI assets GET /docs serves beside the API handler', () => {
    const { properties } = fn(functions.api)
    const asset = join(
      synthesized.assembly.directory,
      `asset.${properties.Code.S3Key.replace(/\.zip$/, '')}`,
    )
    for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
      expect(existsSync(join(asset, 'swagger-ui', file)), file).toBe(true)
    }
  })

  it('ships the built web console the API serves at /', async () => {
    const { properties } = fn(functions.api)
    const asset = join(
      synthesized.assembly.directory,
      `asset.${properties.Code.S3Key.replace(/\.zip$/, '')}`,
    )
    const page = await readFile(join(asset, 'console', 'index.html'), 'utf8')
    const script = page.match(/src="\/assets\/([^"]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    expect(existsSync(join(asset, 'console', 'assets', script as string))).toBe(true)
  })

  it.each(specs)('$id gets the app config contract', (spec) => {
    const variables = fn(spec).properties.Environment.Variables
    expect(Object.keys(variables)).toEqual(expect.arrayContaining(appEnvNames))
    expect(variables).toMatchObject({
      MODEL_PROVIDER: 'bedrock',
      VECTOR_PROVIDER: 'pinecone',
      POWERTOOLS_SERVICE_NAME: 'chatter',
      CHAT_MODEL_ID: chatProfile,
      CORS_ORIGINS: origins.join(','),
      PINECONE_API_KEY_PARAMETER: '/chatter/prod/pinecone-api-key',
    })
    expect(resolve(all, variables.TABLE_NAME)).toEqual(ref(tableId()))
    expect(resolve(all, variables.DOCUMENTS_BUCKET)).toEqual(ref(bucketId()))
    expect(resolve(all, variables.INGEST_QUEUE_URL)).toEqual(ref(queueId()))
  })

  it('gives the signing key to the functions that serve the API, and to no other', () => {
    const secretId = logicalId(storage, 'AWS::SecretsManager::Secret')
    for (const spec of specs) {
      const variables = fn(spec).properties.Environment.Variables
      const servesApi = spec === functions.api || spec === functions.stream
      if (servesApi) expect(resolve(all, variables.JWT_SECRET_ARN), spec.id).toEqual(ref(secretId))
      else expect(variables.JWT_SECRET_ARN, spec.id).toBeUndefined()
    }
    const apiStatements = roleStatements(api, fn(functions.api).properties.Role['Fn::GetAtt'][0])
    const reads = apiStatements
      .filter((statement) => actionsOf(statement).includes('secretsmanager:GetSecretValue'))
      .flatMap((statement) => [statement.Resource].flat().map((r) => resolve(all, r)))
    expect(reads).toEqual([ref(secretId)])
  })

  it('passes the ingest state machine ARN to all but the functions state machines invoke', () => {
    for (const spec of specs) {
      const variables = fn(spec).properties.Environment.Variables
      if (spec === functions.ingestStep || spec === functions.workflowStep)
        expect(variables.INGEST_STATE_MACHINE_ARN).toBeUndefined()
      else
        expect(resolve(all, variables.INGEST_STATE_MACHINE_ARN), spec.id).toEqual(
          ref(stateMachineId()),
        )
    }
  })

  it('grants no wildcard actions anywhere', () => {
    const wildcards = all
      .flatMap(allowStatements)
      .filter(({ statement }) => actionsOf(statement).some((a) => a === '*' || a.endsWith(':*')))
    expect(wildcards).toEqual([])
  })

  it('gives app functions account-wide resources only for tracing and task tokens', () => {
    // A task token names no resource: answering an approval cannot be scoped.
    const unscopable = ['states:SendTaskSuccess', 'states:SendTaskFailure']
    for (const spec of specs) {
      const { template, properties } = fn(spec)
      const unscoped = roleStatements(template, properties.Role['Fn::GetAtt'][0])
        .filter((statement) => [statement.Resource].flat().includes('*'))
        .flatMap(actionsOf)
      expect(
        unscoped.every((action) => action.startsWith('xray:') || unscopable.includes(action)),
        `${spec.id}: ${unscoped}`,
      ).toBe(true)
    }
  })
})

describe('npm run synth', () => {
  it('writes parseable templates for a disposable dev stage, whose data goes with it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chatter-synth-cli-'))
    try {
      // The in-process synth above set SST_STAGE; the script must fall back to its own default.
      // Nor is REPORT_EMAIL_FROM set there: a stage without it sends no report emails.
      const { SST_STAGE: _, REPORT_EMAIL_FROM: __, ...env } = process.env
      const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'synth', '--', dir], {
        cwd: projectRoot,
        env,
      })
      const files = [...stdout.matchAll(/^\s+(\S+\.template\.json)$/gm)].map((m) => m[1]!)
      expect(stdout).toContain(dir)
      expect(files.map((file) => file.replace(/^.*\//, '')).sort()).toEqual(
        [
          'Accounts',
          'Api',
          'Ingestion',
          'Queues',
          'Reports',
          'Storage',
          'Webhooks',
          'Workflows',
        ].map((stack) => `dev-chatter-${stack}.template.json`),
      )
      for (const file of files) {
        const template = JSON.parse(await readFile(join(projectRoot, file), 'utf8'))
        expect(Object.keys(template.Resources).length, file).toBeGreaterThan(0)
      }
      const devStorage = Template.fromJSON(
        JSON.parse(await readFile(join(dir, 'dev-chatter-Storage.template.json'), 'utf8')),
      )
      devStorage.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Delete',
        Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
      })
      devStorage.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' })
      devStorage.resourceCountIs('Custom::S3AutoDeleteObjects', 1)
      const devReports = JSON.parse(
        await readFile(join(dir, 'dev-chatter-Reports.template.json'), 'utf8'),
      )
      expect(JSON.stringify(devReports)).not.toContain('REPORT_EMAIL_FROM')
      expect(JSON.stringify(devReports)).not.toContain('ses:Send')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 300_000)
})
