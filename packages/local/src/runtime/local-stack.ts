import { mkdir, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import type { Logger } from '@aws-lambda-powertools/logger'
import { createApp, type IdentitySettings } from '@chatter/api'
import {
  cloudChatModels,
  createDynamoDbProbe,
  createDynamoStores,
  createS3Probe,
  createSqsProbe,
  S3BlobStore,
  SdkMcpClient,
  SnapshotLexicalIndex,
  SqsMessageQueue,
} from '@chatter/aws'
import {
  builtinTools,
  createToolCatalog,
  defaultIngestionSettings,
  defaultToolSettings,
  defaultUploadSettings,
  experimentMetrics,
  fanOutEvents,
  type HttpConfig,
  type IngestionPorts,
  type IngestionSettings,
  ingestDocument,
  ingestSteps,
  ingestStoredObject,
  JwtAccessTokenSigner,
  type KnowledgeServices,
  type ModelProvider,
  type RateLimitPolicies,
  recordExecutionEnd,
  runDocumentJobCommand,
  runDueReports,
  runDueWorkflowSchedules,
  runExport,
  runImport,
  ScryptPasswordHasher,
  type StoredObject,
  type ToolServices,
  type UploadSettings,
  usageCounter,
  type WorkflowRunServices,
  webhookDispatcher,
  workflowEventTriggers,
} from '@chatter/core'
import { extractText } from '@chatter/extraction'
import {
  createIngestHandler,
  createIngestStepHandler,
  createReportHandler,
  createWorkflowStepHandler,
  createWorkflowTriggersHandler,
  workspaceOfExecution,
} from '@chatter/lambda'
import {
  documentsBucket,
  functions,
  ingestQueue,
  ingestStateMachine,
  schedules,
  stateMachines,
  table,
} from '@chatter/resources'
import { serve } from '@hono/node-server'
import { LocalChatModel, LocalEmbedder, LocalModelProbe } from '../model'
import { bridgeS3EventsToQueue } from '../s3'
import { LocalSecretCipher } from '../secrets'
import { startSqsPoller } from '../sqs'
import {
  LocalStateMachineRunner,
  LocalStepFunctionsProbe,
  LocalWorkflowMachines,
} from '../step-functions'
import { LocalVectorIndex, LocalVectorProbe } from '../vectors'
import { startLocalAccounts } from './accounts'
import { localFunctionArn, localLambdaContext } from './lambda-context'
import {
  type LocalWebhookOptions,
  localWebhookServices,
  startLocalWebhookDelivery,
} from './local-webhooks'
import { recoverIngestion } from './recover-ingestion'
import { startLocalSchedule } from './scheduler'
import { startLocalServices } from './services'
import { localSigningKey } from './signing-key'
import { statusChangeEvent } from './status-change-event'

/** Names of workflow state machines on the local runner (`WORKFLOW_STATE_MACHINE_PREFIX`). */
const workflowMachinePrefix = 'chatter-wf-'

export interface LocalStackOptions {
  http: HttpConfig
  identity: IdentitySettings
  /** Password hashing cost; the OWASP default unless a test lowers it. */
  passwords?: ScryptPasswordHasher
  /** The model that answers when a workspace has no profile, and the optional extra providers. */
  chat: {
    defaultModel: { provider: ModelProvider; modelId: string }
    /** For provider `bedrock` (your AWS credentials and network). */
    region: string
    openAi?: { baseUrl: string; apiKey?: string }
    /** USD per million tokens by model id, over the built-in table. */
    prices?: Record<string, { inputPerMillion: number; outputPerMillion: number }>
  }
  /** Overrides of the default rate limits (tests). */
  rateLimitPolicies?: Partial<RateLimitPolicies>
  /** 0 picks a free port. */
  port: number
  host: string
  dataDir: string
  logger: Logger
  /** Pause per streamed token of the local model (0 in tests). */
  tokenDelayMs?: number
  /** Upload limits and ingestion sizes over the defaults (tests shrink them). */
  documents?: { uploads?: Partial<UploadSettings>; ingestion?: Partial<IngestionSettings> }
  /**
   * The tool loop's bounds over the defaults (tests shorten the timeout); tool servers may be on
   * private networks (localhost) unless `allowPrivateNetworks` is false.
   */
  tools?: Partial<ToolServices['settings']>
  /** Replaces ingestion of objects landing under the ingest prefixes (tests of the wiring). */
  onStoredObject?: (object: StoredObject) => Promise<void>
  /** How often due workflow schedules are checked (default every minute, as in AWS). */
  workflowTriggerTickMs?: number
  /** How often due reports are checked (default every 15 minutes, as in AWS); tests shorten it. */
  reportTickMs?: number
  /** Webhook endpoint rules and delivery timing over the local defaults (tests shorten backoff). */
  webhooks?: LocalWebhookOptions
}

/**
 * The whole platform on one machine: the AWS stand-ins, the same handlers Lambda runs (fed by
 * the local S3 notification bridge and SQS poller, and the local Step Functions runner), and the
 * Hono app on a local HTTP server.
 * Steps: 1. stand-ins and resources; 2. in-process stand-ins (Step Functions, vectors, model);
 * 3. event wiring (S3 -> SQS -> ingest handler); 4. the HTTP server; 5. write the endpoints file.
 */
export async function startLocalStack(options: LocalStackOptions) {
  const { logger } = options
  const dataDir = resolve(options.dataDir)
  await mkdir(dataDir, { recursive: true })

  const services = await startLocalServices(dataDir)
  const cleanups: (() => Promise<unknown>)[] = [() => services.stop()]
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {})
  }
  try {
    const vectors = await LocalVectorIndex.open({ file: join(dataDir, 'vectors.snapshot') })
    cleanups.push(() => vectors.close())
    const model = new LocalChatModel({ tokenDelayMs: options.tokenDelayMs })
    const embedder = new LocalEmbedder()

    const blobs = new S3BlobStore(services.clients.s3, documentsBucket.localName)
    const stores = createDynamoStores(services.clients.dynamodb.document, table.localName, blobs)
    const stepFunctions = new LocalStateMachineRunner()
    const queue = new SqsMessageQueue(services.clients.sqs, services.queues.queueUrl)
    const knowledge: KnowledgeServices = {
      documents: stores.documents,
      blobs,
      vectors,
      lexical: new SnapshotLexicalIndex({ blobs, pointers: stores.lexicalPointers }),
      embedder,
      jobs: stores.documentJobs,
      searchHistory: stores.searchHistory,
      queue,
      uploads: { ...defaultUploadSettings, ...options.documents?.uploads },
    }
    const ingestion: IngestionPorts = {
      ...knowledge,
      extract: (input) => extractText(input, { maxBytes: knowledge.uploads.maxBytes }),
      workflows: { runner: stepFunctions, stateMachine: stateMachines.ingest.localName },
      settings: { ...defaultIngestionSettings, ...options.documents?.ingestion },
      log: logger,
    }

    const ingestStep = createIngestStepHandler({ logger, steps: ingestSteps(ingestion) }).handler
    const runStep = (input: unknown) =>
      ingestStep(
        input,
        localLambdaContext(functions.ingestStep.id, functions.ingestStep.timeoutSeconds),
      )
    stepFunctions.register(
      stateMachines.ingest.localName,
      ingestStateMachine(localFunctionArn(functions.ingestStep.id)),
      { Extract: runStep, EmbedBatch: runStep, Finalize: runStep, MarkFailed: runStep },
    )

    // The platform's event subscribers (usage counters, webhooks, experiment metrics).
    const webhooks = localWebhookServices(services, stores, options.webhooks)
    const events = fanOutEvents(
      usageCounter({ usage: stores.usage }),
      webhookDispatcher({ webhooks }),
      experimentMetrics({ experiments: stores.experiments }),
    )

    const chatModels = cloudChatModels({
      region: options.chat.region,
      ...(options.chat.openAi ? { openAi: options.chat.openAi } : {}),
      extra: { local: model },
    })

    const toolCipher = await LocalSecretCipher.inDataDir(dataDir)
    const toolSettings = { ...defaultToolSettings, allowPrivateNetworks: true, ...options.tools }
    const mcp = new SdkMcpClient({ allowPrivateNetworks: toolSettings.allowPrivateNetworks })
    const tools: ToolServices = {
      servers: stores.toolServers,
      calls: stores.toolCalls,
      cipher: toolCipher,
      mcp,
      catalog: createToolCatalog({
        servers: stores.toolServers,
        cipher: toolCipher,
        mcp,
        builtins: builtinTools({ knowledge }),
      }),
      settings: toolSettings,
    }

    // Workflows: one local state machine per workflow version, every Task running the same
    // workflow-step handler as Lambda; a document.ready starts the workflows subscribed to it.
    const workflowStep = createWorkflowStepHandler({
      logger,
      ports: {
        workspaceOf: workspaceOfExecution(stores.workflowExecutions),
        chat: { models: chatModels, defaultModel: options.chat.defaultModel },
        profiles: stores.profiles,
        prompts: stores.prompts,
        agents: stores.agents,
        knowledge,
        tools: tools.catalog,
        executions: stores.workflowExecutions,
        ...(options.chat.prices ? { prices: options.chat.prices } : {}),
      },
    }).handler
    const workflowRuns: WorkflowRunServices = {
      executions: stores.workflowExecutions,
      triggers: stores.workflowTriggers,
      machines: new LocalWorkflowMachines(stepFunctions, {
        namePrefix: workflowMachinePrefix,
        stepFunctionArn: localFunctionArn(functions.workflowStep.id),
        step: (event) =>
          workflowStep(
            event,
            localLambdaContext(functions.workflowStep.id, functions.workflowStep.timeoutSeconds),
          ),
      }),
      runner: stepFunctions,
    }
    const workflowRunPorts = {
      ...workflowRuns,
      workflows: stores.workflows,
      audit: stores.audit,
      workspaces: stores.workspaces,
      ...(options.chat.prices ? { prices: options.chat.prices } : {}),
      events,
      log: logger,
    }
    ingestion.events = fanOutEvents(events, workflowEventTriggers(workflowRunPorts))
    const workflowTriggers = createWorkflowTriggersHandler({
      logger,
      runDueSchedules: (now) => runDueWorkflowSchedules(workflowRunPorts, { now }),
      recordExecutionEnd: (description) => recordExecutionEnd(workflowRunPorts, description),
    }).handler
    // EventBridge's status-change rule: the workflow machines' ends go to the same function.
    stepFunctions.onExecutionEnded((description, stateMachineArn) => {
      if (!stateMachineArn.includes(`:stateMachine:${workflowMachinePrefix}`)) return
      return workflowTriggers(
        statusChangeEvent(description, stateMachineArn),
        localLambdaContext(functions.workflowTriggers.id),
      )
    })
    const workflowTimer = startLocalSchedule({
      everyMs: options.workflowTriggerTickMs ?? schedules.workflowTriggers.everySeconds * 1000,
      run: (event) => workflowTriggers(event, localLambdaContext(functions.workflowTriggers.id)),
      onError: (error) => logger.error('scheduled workflows failed', { error }),
    })
    cleanups.push(() => workflowTimer.stop())

    const commandPorts = { ...knowledge, audit: stores.audit, workspaces: stores.workspaces }
    const ingestHandler = createIngestHandler({
      logger,
      onStoredObject: options.onStoredObject
        ? (object) => (options.onStoredObject as (o: StoredObject) => Promise<void>)(object)
        : (object, attempt) => ingestStoredObject(ingestion, object, attempt),
      onCommand: async (command, attempt) => {
        if (command.kind === 'document.ingest')
          return ingestDocument(ingestion, command.workspaceId, command.documentId, attempt)
        if (command.kind === 'export.run')
          return runExport({ ...stores, blobs, queue }, command, attempt)
        if (command.kind === 'import.run')
          return runImport(
            { ...stores, blobs, queue, uploads: knowledge.uploads },
            command,
            attempt,
          )
        await runDocumentJobCommand(commandPorts, command, attempt)
      },
    })
    const bridge = bridgeS3EventsToQueue({
      source: services.s3.server,
      queue,
      bucket: documentsBucket.localName,
      prefixes: documentsBucket.ingestPrefixes,
      onError: (error) => logger.error('S3 notification not sent', { error }),
    })
    cleanups.push(() => bridge.detach())
    const poller = startSqsPoller({
      client: services.clients.sqs,
      queueUrl: services.queues.queueUrl,
      queueArn: services.queues.queueArn,
      batchSize: ingestQueue.batchSize,
      waitTimeSeconds: 1,
      handler: (event) => ingestHandler(event, localLambdaContext(functions.ingest.id)),
      onError: (error, phase) => logger.warn('ingest batch failed', { phase, error }),
    })
    cleanups.push(() => poller.stop())
    // The local queue and Step Functions runner live in memory: re-drive what the last run dropped.
    await recoverIngestion({ ...stores, blobs, queue, logger }).catch((error: unknown) =>
      logger.warn('interrupted ingestion not re-queued', { error }),
    )
    const webhookPoller = startLocalWebhookDelivery({
      services,
      webhooks,
      cipher: toolCipher,
      logger,
      ...(options.webhooks ? { options: options.webhooks } : {}),
    })
    cleanups.push(() => webhookPoller.stop())

    // Scheduled reports: files under reports/ in the local bucket; no mailer (SES) locally.
    const reportPorts = { reports: stores.reports, usage: stores.usage, blobs, events, log: logger }
    const reports = createReportHandler({
      logger,
      runDueReports: (at) => runDueReports(reportPorts, at),
    })
    const schedule = startLocalSchedule({
      everyMs: options.reportTickMs ?? schedules.reports.everySeconds * 1000,
      run: (event) => reports.handler(event, localLambdaContext(functions.report.id)),
      onError: (error) => logger.error('scheduled reports failed', { error }),
    })
    cleanups.push(() => schedule.stop())

    // Account deletion (a local state machine) and the daily retention purge.
    const accounts = startLocalAccounts({ logger, stores, knowledge, stepFunctions })
    cleanups.push(() => accounts.stop())

    const app = createApp({
      events,
      config: options.http,
      logger,
      identity: options.identity,
      ...(options.rateLimitPolicies ? { rateLimitPolicies: options.rateLimitPolicies } : {}),
      ...stores,
      knowledge,
      tools,
      passwords: options.passwords ?? new ScryptPasswordHasher(),
      tokens: new JwtAccessTokenSigner(
        await localSigningKey(dataDir),
        options.identity.accessTokenTtlSeconds,
      ),
      workflowRuns,
      accountDeletion: accounts.accountDeletion,
      webhooks,
      chat: {
        models: chatModels,
        defaultModel: options.chat.defaultModel,
        ...(options.chat.prices ? { prices: options.chat.prices } : {}),
      },
      probes: [
        createDynamoDbProbe(services.clients.dynamodb.client, table.localName),
        createS3Probe(services.clients.s3, documentsBucket.localName),
        createSqsProbe(services.clients.sqs, services.queues.queueUrl),
        new LocalStepFunctionsProbe(stepFunctions, stateMachines.ingest.localName),
        new LocalVectorProbe(vectors),
        new LocalModelProbe(new LocalChatModel({ tokenDelayMs: 0 })),
      ],
    })
    const server = await listen(app.fetch, options.port, options.host)
    cleanups.push(() => new Promise((done) => server.close(done)))
    const { port } = server.address() as AddressInfo
    const url = `http://${options.host}:${port}`

    const endpoints = {
      api: url,
      dynamodb: services.dynamodb.endpoint,
      s3: services.s3.endpoint,
      sqs: services.sqs.endpoint,
      table: table.localName,
      bucket: documentsBucket.localName,
      ingestQueueUrl: services.queues.queueUrl,
      ingestDeadLetterQueueUrl: services.queues.deadLetterQueueUrl,
      webhookQueueUrl: services.webhookQueues.queueUrl,
      webhookDeadLetterQueueUrl: services.webhookQueues.deadLetterQueueUrl,
      pid: process.pid,
    }
    // Other local tools (tests, a CLI) find the running stack through this file.
    await writeFile(join(dataDir, 'local-stack.json'), `${JSON.stringify(endpoints, null, 2)}\n`)

    return {
      url,
      dataDir,
      endpoints,
      services,
      adapters: { vectors, model, embedder, stepFunctions, queue, workflowRuns },
      stores,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

export type LocalStack = Awaited<ReturnType<typeof startLocalStack>>

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number, hostname: string) {
  return new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolveServer(server))
    server.once('error', reject)
  })
}
