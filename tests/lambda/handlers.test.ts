import { Writable } from 'node:stream'
import { Logger } from '@aws-lambda-powertools/logger'
import {
  DomainError,
  type IngestionPorts,
  type IngestQueueCommand,
  ingestStoredObject,
  recordExecutionEnd,
  runDueWorkflowSchedules,
  type StoredObject,
  syncWorkflowTriggers,
  transientErrorName,
  type WorkflowRunPorts,
  type WorkflowStepPorts,
  workflowDefinitionSchema,
} from '@chatter/core'
import {
  HashingEmbedder,
  InMemoryAuditLog,
  InMemoryBlobs,
  InMemoryDocumentJobs,
  InMemoryDocuments,
  InMemoryLexical,
  InMemoryProfiles,
  InMemoryVectors,
  InMemoryWorkflowExecutions,
  InMemoryWorkflows,
  InMemoryWorkflowTriggers,
  InMemoryWorkspaces,
  resolverOf,
  ScriptedChatModel,
} from '@chatter/core/testing'
import {
  createIngestHandler,
  createWorkflowStepHandler,
  createWorkflowTriggersHandler,
  type RecordAttempt,
  workspaceOfExecution,
} from '@chatter/lambda'
import { ingestQueue } from '@chatter/resources'
import type { APIGatewayProxyResultV2, Context, SQSEvent, SQSRecord } from 'aws-lambda'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { streamMetadata } from '../setup/lambda-streaming'
import { httpEvent, lambdaEnvironment } from './api-gateway-events'

const context = { awsRequestId: 'lambda-request-1', functionName: 'chatter-api' } as Context
type ApiHandler = (event: unknown, context: Context) => Promise<APIGatewayProxyResultV2 & object>

describe('the Lambda entry points', () => {
  let api: ApiHandler
  beforeAll(async () => {
    for (const [name, value] of Object.entries(lambdaEnvironment)) vi.stubEnv(name, value)
    api = (await import('../../functions/api')).handler as unknown as ApiHandler
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })

  it('answers an API Gateway v2 event through the Hono app', async () => {
    const result = await api(httpEvent('GET', '/healthz'), context)
    expect(result).toMatchObject({ statusCode: 200 })
    expect(JSON.parse(String(result.body))).toEqual({ status: 'ok' })
    expect(result.headers?.['x-request-id']).toBeTruthy()
  })

  it('answers an unknown route with problem+json, not a stack trace', async () => {
    const result = await api(httpEvent('POST', '/v1/nowhere', { body: '{' }), context)
    expect(result.statusCode).toBe(404)
    expect(result.headers?.['content-type']).toBe('application/problem+json')
    expect(JSON.parse(String(result.body))).toMatchObject({
      code: 'route.notFound',
      instance: '/v1/nowhere',
    })
  })

  it('allows CORS only from the configured origin', async () => {
    const event = httpEvent('OPTIONS', '/healthz', {
      headers: { origin: 'https://app.example.com', 'access-control-request-method': 'GET' },
    })
    const result = await api(event, context)
    expect(result.headers?.['access-control-allow-origin']).toBe('https://app.example.com')
  })

  it('streams the same app from the function URL handler', async () => {
    const stream = (await import('../../functions/stream')).handler as unknown as (
      event: unknown,
      responseStream: Writable,
      context: Context,
    ) => Promise<void>
    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk))
        done()
      },
    })
    await stream(httpEvent('GET', '/healthz'), sink, context)
    expect(streamMetadata.get(sink)).toMatchObject({ statusCode: 200 })
    expect(JSON.parse(Buffer.concat(chunks).toString())).toEqual({ status: 'ok' })
  })

  it('fails fast at cold start, naming the missing variable', async () => {
    vi.resetModules()
    vi.stubEnv('TABLE_NAME', '')
    await expect(import('../../functions/api')).rejects.toThrow(
      /TABLE_NAME is required but not set/,
    )
  })
})

const silent = () => new Logger({ serviceName: 'chatter-test', logLevel: 'SILENT' })

const sqsRecord = (messageId: string, body: unknown, receiveCount = 1): SQSRecord => ({
  messageId,
  receiptHandle: `receipt-${messageId}`,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  attributes: {
    ApproximateReceiveCount: String(receiveCount),
    SentTimestamp: '0',
    SenderId: 'sender',
    ApproximateFirstReceiveTimestamp: '0',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:chatter-ingest',
  awsRegion: 'us-east-1',
})

const s3Notification = (key: string) => ({
  Records: [
    {
      eventName: 'ObjectCreated:Put',
      s3: { bucket: { name: 'docs' }, object: { key, size: 64, eTag: 'etag-1' } },
    },
  ],
})

const batchOf = (...records: SQSRecord[]): SQSEvent => ({ Records: records })
const ingestContext = {
  ...context,
  functionName: 'chatter-ingest',
  getRemainingTimeInMillis: () => 42_000,
} as Context

/** In-memory ingestion whose extractor reads text, refuses `%CORRUPT` files and can fail. */
function ingestionPorts() {
  const ports: IngestionPorts = {
    documents: new InMemoryDocuments(),
    blobs: new InMemoryBlobs(),
    vectors: new InMemoryVectors(),
    lexical: new InMemoryLexical(),
    embedder: new HashingEmbedder(),
    jobs: new InMemoryDocumentJobs(),
    extract: async ({ bytes }) => {
      const text = new TextDecoder().decode(bytes)
      if (text.startsWith('%CORRUPT'))
        throw new DomainError('document.unreadable', 'The file is damaged.')
      return { format: 'text', pages: [{ number: 1, text }], sections: [] }
    },
    settings: { inlineMaxBytes: 1_000_000, embedBatchSize: 8 },
  }
  return ports
}

describe('the ingest queue consumer', () => {
  it('hands commands and stored objects over with the delivery attempt', async () => {
    const commands: [IngestQueueCommand, RecordAttempt][] = []
    const objects: [StoredObject, RecordAttempt][] = []
    const handler = createIngestHandler({
      logger: silent(),
      onCommand: async (command, attempt) => commands.push([command, attempt]),
      onStoredObject: async (object, attempt) => objects.push([object, attempt]),
    })
    const command = { kind: 'document.ingest', workspaceId: 'ws_1', documentId: 'doc_1' }
    const last = ingestQueue.deadLetter.maxReceiveCount

    const result = await handler(
      batchOf(
        sqsRecord('m1', command, 1),
        sqsRecord('m2', s3Notification('drop/ws_1/notes.txt'), last),
      ),
      ingestContext,
    )

    expect(result).toEqual({ batchItemFailures: [] })
    expect(commands).toHaveLength(1)
    expect(commands[0]?.[0]).toEqual(command)
    expect(commands[0]?.[1]).toMatchObject({ receiveCount: 1, finalAttempt: false })
    expect(commands[0]?.[1].remainingMs()).toBe(42_000)
    expect(objects[0]?.[0]).toMatchObject({ key: 'drop/ws_1/notes.txt', source: 'drop' })
    expect(objects[0]?.[1]).toMatchObject({ receiveCount: last, finalAttempt: true })
  })

  it('reports a transient failure for retry and consumes a file that can never be read', async () => {
    const ports = ingestionPorts()
    ports.embedder.embed = async () => {
      throw new Error('Bedrock is throttling')
    }
    await ports.blobs.put('drop/ws_1/good.txt', 'A heron stands in the pond.')
    await ports.blobs.put('drop/ws_1/bad.txt', '%CORRUPT')
    const handler = createIngestHandler({
      logger: silent(),
      onCommand: async () => undefined,
      onStoredObject: (object, attempt) => ingestStoredObject(ports, object, attempt),
    })

    const result = await handler(
      batchOf(
        sqsRecord('transient', s3Notification('drop/ws_1/good.txt')),
        sqsRecord('permanent', s3Notification('drop/ws_1/bad.txt')),
        sqsRecord('garbage', 'not json'),
      ),
      ingestContext,
    )

    expect(result.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual([
      'garbage',
      'transient',
    ])
    const byName = async (name: string) =>
      (await ports.documents.list('ws_1', { limit: 10 })).items.find((d) => d.filename === name)
    expect(await byName('bad.txt')).toMatchObject({
      status: 'failed',
      error: 'The file is damaged.',
    })
    expect((await byName('good.txt'))?.status).toBe('processing')
  })

  it('marks the document failed on the final attempt before the message dead-letters', async () => {
    const ports = ingestionPorts()
    ports.embedder.embed = async () => {
      throw new Error('Bedrock is throttling')
    }
    await ports.blobs.put('drop/ws_1/good.txt', 'A heron stands in the pond.')
    const handler = createIngestHandler({
      logger: silent(),
      onCommand: async () => undefined,
      onStoredObject: (object, attempt) => ingestStoredObject(ports, object, attempt),
    })
    const last = ingestQueue.deadLetter.maxReceiveCount

    const result = await handler(
      batchOf(
        sqsRecord('final', s3Notification('drop/ws_1/good.txt'), last),
        sqsRecord('test-event', { Event: 's3:TestEvent' }),
      ),
      ingestContext,
    )

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'final' }])
    const [document] = (await ports.documents.list('ws_1', { limit: 10 })).items
    expect(document).toMatchObject({
      status: 'failed',
      error: `Ingestion failed after ${last} attempts: Bedrock is throttling`,
    })
  })
})

const executionArn =
  'arn:aws:states:eu-west-1:123456789012:execution:chatter-prod-wf-wf_1-v1:wfx_01'
const stepContext = (remainingMs: number) =>
  ({
    ...context,
    functionName: 'chatter-workflow-step',
    getRemainingTimeInMillis: () => remainingMs,
  }) as Context
const transform = {
  node: { id: 'greet', type: 'transform', config: { set: { line: 'Hello {{ $.input.name }}' } } },
  input: { input: { name: 'Ada' }, nodes: {} },
  execution: executionArn,
}

/** Step ports whose only execution, `wfx_01`, runs in ws_1, as the workflow-step root wires them. */
async function workflowStepPorts(extra: Partial<WorkflowStepPorts> = {}) {
  const executions = new InMemoryWorkflowExecutions()
  await executions.create({
    id: 'wfx_01',
    workspaceId: 'ws_1',
    workflowId: 'wf_1',
    workflowVersion: 1,
    workflowName: 'Greeter',
    status: 'RUNNING',
    input: { name: 'Ada' },
    startedBy: 'usr_1',
    trigger: { type: 'api' },
    stateMachineArn: executionArn.replace(':execution:', ':stateMachine:').replace(/:wfx_01$/, ''),
    executionArn,
    startedAt: '2026-11-21T06:00:00.000Z',
  })
  const ports: WorkflowStepPorts = {
    workspaceOf: workspaceOfExecution(executions),
    executions,
    chat: {
      models: resolverOf({ local: new ScriptedChatModel('local', () => ({ text: 'ok' })) }),
      defaultModel: { provider: 'local', modelId: 'local' },
    },
    profiles: new InMemoryProfiles(),
    ...extra,
  }
  return { ports, executions }
}

/** What a Lambda handler threw, for its `name` (Step Functions' error type). */
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the step succeeded'),
    (error: unknown) => error as Error,
  )

describe('the workflow-step function', () => {
  it("answers a Task with its node's output and records the node's run", async () => {
    const { ports, executions } = await workflowStepPorts()
    const { handler } = createWorkflowStepHandler({ logger: silent(), ports })

    expect(await handler(transform, stepContext(60_000))).toEqual({ line: 'Hello Ada' })
    expect(await executions.listNodeRuns('ws_1', 'wfx_01')).toEqual([
      expect.objectContaining({
        nodeId: 'greet',
        status: 'succeeded',
        output: { line: 'Hello Ada' },
      }),
    ])
  })

  it('fails with the error name the compiled Retry and Catch match', async () => {
    const { ports } = await workflowStepPorts()
    const { handler } = createWorkflowStepHandler({ logger: silent(), ports })

    const invalid = await rejection(
      handler({ ...transform, node: { id: 'greet' } }, stepContext(60_000)),
    )
    expect(invalid.name).toBe('WorkflowStepInvalid')
    const unknown = await rejection(
      handler({ ...transform, execution: `${executionArn}-other` }, stepContext(60_000)),
    )
    expect(unknown.name).toBe('WorkflowExecutionUnknown')
  })

  it('stops a node before the Lambda times out, as a transient failure worth a retry', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )
    const { handler } = createWorkflowStepHandler({
      logger: silent(),
      ports: (await workflowStepPorts({ fetch: hanging })).ports,
      stopMarginMs: 1_000,
    })
    const webhook = {
      ...transform,
      node: { id: 'notify', type: 'webhook', config: { url: 'https://hooks.example.com/x' } },
    }

    const started = Date.now()
    const error = await rejection(handler(webhook, stepContext(1_050)))
    expect(error.name).toBe(transientErrorName)
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})

describe('the workflow trigger timer', () => {
  /** A saved workflow run hourly, in memory, on a Step Functions stand-in that records starts. */
  async function hourlyWorkflow() {
    const workflows = new InMemoryWorkflows()
    const triggers = new InMemoryWorkflowTriggers()
    const executions = new InMemoryWorkflowExecutions()
    const started: { stateMachine: string; input: unknown; name?: string }[] = []
    const machineArn = 'arn:aws:states:eu-west-1:123456789012:stateMachine:chatter-prod-wf-wf_1-v1'
    const ports: WorkflowRunPorts = {
      workflows,
      triggers,
      executions,
      audit: new InMemoryAuditLog(),
      workspaces: new InMemoryWorkspaces(),
      machines: {
        ensure: async () => machineArn,
        sendTaskSuccess: async () => undefined,
        sendTaskFailure: async () => undefined,
        remove: async () => undefined,
      },
      runner: {
        start: async (stateMachine, input, options) => {
          started.push({ stateMachine, input, ...options })
          return {
            executionArn: `${stateMachine.replace(':stateMachine:', ':execution:')}:${options?.name}`,
            startedAt: '2026-11-21T06:00:00.000Z',
          }
        },
        describe: async () => undefined,
        stop: async () => undefined,
      },
      clock: () => new Date('2026-11-21T05:30:00Z'),
    }
    const workflow = await workflows.create({
      id: 'wf_1',
      workspaceId: 'ws_1',
      createdBy: 'usr_1',
      name: 'Hourly digest',
      definition: workflowDefinitionSchema.parse({
        name: 'Hourly digest',
        nodes: [{ id: 'note', type: 'transform', config: { set: { at: '{{ $.input.when }}' } } }],
        edges: [],
        triggers: [{ type: 'schedule', cron: '0 * * * *', input: { when: 'hourly' } }],
      }),
    })
    await syncWorkflowTriggers(ports, 'ws_1', 'wf_1', workflow)
    return { ports, executions, started }
  }

  it("starts the schedules due at the event's time, once however often the tick comes", async () => {
    const { ports, executions, started } = await hourlyWorkflow()
    const { handler } = createWorkflowTriggersHandler({
      logger: silent(),
      runDueSchedules: (now) => runDueWorkflowSchedules(ports, { now }),
    })
    const tick = { time: '2026-11-21T06:00:00Z' }

    expect(await handler(tick, context)).toEqual({ started: 1, skipped: 0 })
    expect(await handler(tick, context)).toEqual({ started: 0, skipped: 0 })
    expect(started).toEqual([
      expect.objectContaining({ input: { when: 'hourly' }, name: expect.stringMatching(/^wfx_/) }),
    ])
    const { items } = await executions.list('ws_1', {}, { limit: 10 })
    expect(items).toEqual([
      expect.objectContaining({
        workflowId: 'wf_1',
        status: 'RUNNING',
        trigger: { type: 'schedule', cron: '0 * * * *', scheduledAt: '2026-11-21T06:00:00.000Z' },
      }),
    ])
    await expect(handler({ time: 'yesterday' }, context)).rejects.toThrow(/no valid time/)
  })

  it('records how an execution ended from its status-change event, once', async () => {
    const { ports, executions } = await hourlyWorkflow()
    const { handler } = createWorkflowTriggersHandler({
      logger: silent(),
      runDueSchedules: (now) => runDueWorkflowSchedules(ports, { now }),
      recordExecutionEnd: (description) => recordExecutionEnd(ports, description),
    })
    await handler({ time: '2026-11-21T06:00:00Z' }, context)
    const [running] = (await executions.list('ws_1', {}, { limit: 1 })).items
    const event = (status: string, output: unknown) => ({
      version: '0',
      id: 'evt-1',
      'detail-type': 'Step Functions Execution Status Change' as const,
      source: 'aws.states',
      account: '123456789012',
      time: '2026-11-21T06:00:05Z',
      region: 'eu-west-1',
      resources: [],
      detail: {
        executionArn: running?.executionArn ?? '',
        stateMachineArn: running?.stateMachineArn ?? '',
        name: running?.id ?? '',
        status: status as 'SUCCEEDED',
        startDate: Date.parse('2026-11-21T06:00:00Z'),
        stopDate: Date.parse('2026-11-21T06:00:05Z'),
        input: '{}',
        output: JSON.stringify(output),
        outputDetails: { included: true },
      },
    })

    await handler(event('SUCCEEDED', { input: {}, nodes: { note: { at: 'hourly' } } }), context)
    await handler(event('FAILED', null), context)
    expect(await executions.get('ws_1', running?.id ?? '')).toMatchObject({
      status: 'SUCCEEDED',
      output: { note: { at: 'hourly' } },
      stoppedAt: '2026-11-21T06:00:05.000Z',
    })
    // Another state machine's execution (no record) is ignored.
    const stranger = event('SUCCEEDED', {})
    stranger.detail.executionArn = 'arn:aws:states:eu-west-1:123456789012:execution:other:x'
    await expect(handler(stranger, context)).resolves.toMatchObject({
      recorded: expect.any(String),
    })
  })
})
