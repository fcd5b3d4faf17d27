import { functions, httpCors } from '@chatter/resources'
import { HttpApi, PayloadFormatVersion } from 'aws-cdk-lib/aws-apigatewayv2'
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations'
import { type Function as SstFunction, type StackContext, use } from 'sst/constructs'
import { Accounts } from './accounts'
import { appEnvironment, chatterFunction } from './function'
import {
  grantChat,
  grantEmbed,
  grantReportEmails,
  grantRunWorkflows,
  pineconeApiKey,
} from './permissions'
import { grantWebhookPublishing, Queues } from './queues'
import { deploySettings } from './settings'
import { Storage } from './storage'
import { Workflows } from './workflows'

// A function URL's CORS settings replace the app's own CORS headers, so it gets the same lists.
// Lowercase: the function URL compares header names as given.
const streamCors = {
  allowMethods: ['GET', 'POST'] as ('GET' | 'POST')[],
  allowHeaders: httpCors.allowHeaders.map((header) => header.toLowerCase()),
  exposeHeaders: httpCors.exposeHeaders.map((header) => header.toLowerCase()),
  maxAge: '1 hour' as const,
}

// GET /docs serves Swagger UI from these files; esbuild bundles code only, so they are copied
// beside the handler, where packages/api/src/routes/docs.ts looks (LAMBDA_TASK_ROOT/swagger-ui).
const swaggerUiFiles = ['swagger-ui-bundle.js', 'swagger-ui.css'].map((file) => ({
  from: `node_modules/swagger-ui-dist/${file}`,
  to: `swagger-ui/${file}`,
}))

// The web console (packages/console/dist, built by `npm install`) is served by the API at `/`;
// packages/api/src/routes/console.ts looks for it at LAMBDA_TASK_ROOT/console.
const consoleFiles = [{ from: 'packages/console/dist', to: 'console' }]

/** Stateless: the HTTP API and the streaming function URL, both serving the same Hono app. */
export function Api({ app, stack }: StackContext) {
  const { table, bucket, accessTokenKey, toolSecretsKey } = use(Storage)
  const { queue, webhookQueue } = use(Queues)
  const { stateMachine, workflowRuns } = use(Workflows)
  const { accountDeletionMachine } = use(Accounts)
  const settings = deploySettings(app.stage)
  const environment = {
    ...appEnvironment(settings, { table, bucket, queue, stateMachine }),
    // Only the functions that serve the API sign and verify access tokens.
    JWT_SECRET_ARN: accessTokenKey.secretArn,
    TOOL_SECRETS_KEY_ID: toolSecretsKey.keyArn,
    ...workflowRuns.environment,
    ACCOUNT_DELETION_STATE_MACHINE_ARN: accountDeletionMachine.stateMachineArn,
  }

  const api = chatterFunction(stack, functions.api, settings, environment, {
    copyFiles: [...swaggerUiFiles, ...consoleFiles],
  })
  const stream = chatterFunction(stack, functions.stream, settings, environment, {
    url: {
      // The app authenticates every request itself (bearer tokens and API keys, no cookies).
      authorizer: 'none',
      streaming: true,
      // No origins configured: no browser may call it, as with the app's own CORS.
      cors:
        settings.corsOrigins.length > 0
          ? { ...streamCors, allowOrigins: settings.corsOrigins }
          : undefined,
    },
  })

  // The console (served by `api`) streams answers from the function URL: API Gateway buffers.
  api.addEnvironment('STREAM_URL', stream.url as string)

  // Both functions run the whole app, so whichever route arrives needs the same access.
  const pineconeKey = pineconeApiKey(stack, settings.pineconeApiKeyParameter)
  const grantAppAccess = (fn: SstFunction) => {
    accessTokenKey.grantRead(fn)
    toolSecretsKey.grantEncryptDecrypt(fn)
    table.grantReadWriteData(fn)
    bucket.grantReadWrite(fn) // also signs presigned GET/PUT URLs with these rights
    queue.grantSendMessages(fn)
    stateMachine.grantStartExecution(fn)
    stateMachine.grantExecution(fn, 'states:DescribeExecution')
    accountDeletionMachine.grantStartExecution(fn)
    grantChat(fn, settings.chatModelId)
    grantEmbed(fn, settings.embeddingModelId)
    pineconeKey.grantRead(fn)
    grantRunWorkflows(fn, { role: workflowRuns.role, prefix: workflowRuns.prefix, stack })
    grantWebhookPublishing(fn, webhookQueue) // the app's platform events, pings, redeliveries
    grantReportEmails(fn, settings) // reports run now (POST /v1/reports/{id}/run)
  }
  grantAppAccess(api)
  grantAppAccess(stream)

  // One catch-all ($default) route: Hono routes, validates and answers CORS preflights itself.
  const httpApi = new HttpApi(stack, 'HttpApi', {
    defaultIntegration: new HttpLambdaIntegration('ApiIntegration', api, {
      payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
    }),
  })

  stack.addOutputs({ ApiUrl: httpApi.apiEndpoint, StreamUrl: stream.url })
  return { api, stream, httpApi }
}
