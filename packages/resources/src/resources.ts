/** The single DynamoDB table: generic keys, three overloaded GSIs, TTL. ElectroDB composes the keys. */
export const table = {
  id: 'Table',
  localName: 'chatter',
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
  /** Items with this attribute (epoch seconds) are deleted by DynamoDB's TTL. */
  ttlAttribute: 'expiresAt',
  pointInTimeRecovery: true,
} as const

/** Where objects live in the documents bucket. Every prefix is followed by the workspace id. */
export const prefixes = {
  /** `uploads/{workspaceId}/{documentId}/{filename}`: presigned uploads. */
  uploads: 'uploads/',
  /** `drop/{workspaceId}/...`: anything put here is ingested as if uploaded. */
  drop: 'drop/',
  /** Large message bodies and extracted text. */
  blobs: 'blobs/',
  reports: 'reports/',
  exports: 'exports/',
  /** `imports/{workspaceId}/{importId}`: uploaded export files to import; never ingested. */
  imports: 'imports/',
} as const

export const documentsBucket = {
  id: 'Documents',
  localName: 'chatter-documents',
  /** Object-created events under these prefixes go to the ingest queue. */
  ingestPrefixes: [prefixes.uploads, prefixes.drop],
  cors: {
    allowedMethods: ['GET', 'PUT', 'POST', 'HEAD'] as const,
    allowedHeaders: ['*'],
    exposedHeaders: ['ETag'],
    maxAgeSeconds: 3_000,
  },
  lifecycle: [
    { id: 'abort-incomplete-multipart-uploads', abortIncompleteMultipartUploadAfterDays: 1 },
    { id: 'expire-exports', prefix: prefixes.exports, expirationDays: 7 },
    { id: 'expire-imports', prefix: prefixes.imports, expirationDays: 7 },
    { id: 'reports-to-infrequent-access', prefix: prefixes.reports, transitionToIaAfterDays: 30 },
  ],
} as const

/** How long one ingest invocation may run; the queue's visibility timeout is six times this. */
const ingestTimeoutSeconds = 60
/** How long one webhook-delivery invocation may run (a batch of POSTs of at most 10 s each). */
const webhookDeliveryTimeoutSeconds = 30

export const functions = {
  api: { id: 'Api', handler: 'functions/api.handler', timeoutSeconds: 29, memoryMb: 1024 },
  stream: {
    id: 'Stream',
    handler: 'functions/stream.handler',
    timeoutSeconds: 300,
    memoryMb: 1024,
  },
  ingest: {
    id: 'Ingest',
    handler: 'functions/ingest.handler',
    timeoutSeconds: ingestTimeoutSeconds,
    memoryMb: 2048,
  },
  ingestStep: {
    id: 'IngestStep',
    handler: 'functions/ingest-step.handler',
    timeoutSeconds: 300,
    memoryMb: 2048,
  },
  report: { id: 'Report', handler: 'functions/report.handler', timeoutSeconds: 120, memoryMb: 512 },
  /** Every Task of every user-defined workflow: one node (model, agent, tool, webhook) per call. */
  workflowStep: {
    id: 'WorkflowStep',
    handler: 'functions/workflow-step.handler',
    timeoutSeconds: 900,
    memoryMb: 1024,
  },
  /** Signs and POSTs webhook deliveries from the webhook queue. */
  webhookDelivery: {
    id: 'WebhookDelivery',
    handler: 'functions/webhook-delivery.handler',
    timeoutSeconds: webhookDeliveryTimeoutSeconds,
    memoryMb: 256,
  },
  /** The daily retention purge: what workspaces' policies no longer keep. */
  retention: {
    id: 'Retention',
    handler: 'functions/retention.handler',
    timeoutSeconds: 900,
    memoryMb: 1024,
  },
  /** Every Task of the account-deletion state machine. */
  accountDeletionStep: {
    id: 'AccountDeletionStep',
    handler: 'functions/account-deletion-step.handler',
    timeoutSeconds: 900,
    memoryMb: 1024,
  },
  /** Starts the scheduled workflows that are due. */
  workflowTriggers: {
    id: 'WorkflowTriggers',
    handler: 'functions/workflow-triggers.handler',
    timeoutSeconds: 120,
    memoryMb: 512,
  },
} as const

export const ingestQueue = {
  id: 'IngestQueue',
  localName: 'chatter-ingest',
  visibilityTimeoutSeconds: ingestTimeoutSeconds * 6,
  retentionSeconds: 4 * 24 * 3600,
  /** Records per invocation, and how long the event source waits to fill a batch. */
  batchSize: 10,
  maxBatchingWindowSeconds: 1,
  deadLetter: {
    id: 'IngestDeadLetterQueue',
    localName: 'chatter-ingest-dlq',
    /** Receives before a message moves to the dead-letter queue. */
    maxReceiveCount: 3,
    retentionSeconds: 14 * 24 * 3600,
  },
} as const

/**
 * One message per webhook delivery. A failed attempt is made visible again after an
 * exponential backoff (ChangeMessageVisibility); the sixth failed receive dead-letters it.
 */
export const webhookQueue = {
  id: 'WebhookQueue',
  localName: 'chatter-webhooks',
  visibilityTimeoutSeconds: webhookDeliveryTimeoutSeconds * 6,
  retentionSeconds: 4 * 24 * 3600,
  batchSize: 10,
  maxBatchingWindowSeconds: 1,
  deadLetter: {
    id: 'WebhookDeadLetterQueue',
    localName: 'chatter-webhooks-dlq',
    maxReceiveCount: 6,
    retentionSeconds: 14 * 24 * 3600,
  },
} as const

export const stateMachines = {
  ingest: { id: 'IngestStateMachine', localName: 'chatter-ingest', timeoutSeconds: 3_600 },
  accountDeletion: {
    id: 'AccountDeletionStateMachine',
    localName: 'chatter-account-deletion',
    timeoutSeconds: 6 * 3_600,
  },
} as const

export const schedules = {
  /** Workspaces' retention policies are applied once a day. */
  retention: { id: 'RetentionSchedule', expression: 'rate(1 day)', everySeconds: 24 * 3600 },
  /** Scheduled reports are checked for due runs on this timer. */
  reports: { id: 'ReportSchedule', expression: 'rate(15 minutes)', everySeconds: 15 * 60 },
  /** Workflow schedule triggers (cron, to the minute) are checked for due runs on this timer. */
  workflowTriggers: {
    id: 'WorkflowTriggerSchedule',
    expression: 'rate(1 minute)',
    everySeconds: 60,
  },
} as const

/**
 * User-defined workflows run as state machines the app creates at run time (one per workflow
 * version), named with this prefix, so the app's grants are scoped to them; Step Functions runs
 * them as this role, which may invoke the workflow-step function.
 */
export const workflowStateMachines = {
  roleId: 'WorkflowStateMachineRole',
  /** The EventBridge rule sending workflow executions' ends to the workflow-triggers function. */
  statusChangeRuleId: 'WorkflowStatusChangeRule',
  namePrefix: (app: string, stage: string) => `${app}-${stage}-wf-`,
} as const

/** The local runtime's fixed endpoints' region and credentials (the stand-ins check neither). */
export const local = {
  region: 'us-east-1',
  accountId: '000000000000',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
} as const

/**
 * CORS of the HTTP app. The Hono app answers CORS itself behind API Gateway, but a function URL's
 * own CORS settings replace the function's headers, so infra/ gives the stream URL these too.
 */
export const httpCors = {
  allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
  allowHeaders: [
    'Authorization',
    'Content-Type',
    'X-API-Key',
    'X-Workspace-Id',
    'X-Request-Id',
    'Last-Event-ID',
  ],
  exposeHeaders: [
    'X-Request-Id',
    'Retry-After',
    'RateLimit-Limit',
    'RateLimit-Remaining',
    'RateLimit-Reset',
    'Location',
  ],
  maxAgeSeconds: 600,
} as const

export const secrets = {
  /** Signs access tokens (HS256). Generated by Secrets Manager; rotating it signs everyone out. */
  accessTokenKey: { id: 'AccessTokenKey', localFile: 'access-token.key' },
  /** Encrypts tool servers' credentials: a KMS key in AWS, an AES-256 key file locally. */
  toolSecretsKey: { id: 'ToolSecretsKey', localFile: 'tool-secrets.key' },
} as const
