// Module initialisation of a Lambda bundle, as a cold start pays it: a fresh `node` per sample
// imports the bundle's entry and times the import alone (process start-up is Lambda's, not
// ours). The probe also counts outgoing connections made during init: a function that calls the
// network at cold start is itself a finding (it costs a round trip on every cold start).
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * A complete configuration as infra/ gives the API and stream functions (infra/api.ts,
 * infra/function.ts), plus what Lambda itself sets. Endpoints point at a closed loopback port,
 * so a call made at init fails at once instead of reaching AWS. One difference from AWS: the
 * signing key comes as JWT_SECRET, because JWT_SECRET_ARN is read from Secrets Manager at init.
 */
export const lambdaInitEnvironment: Record<string, string> = {
  AWS_REGION: 'eu-west-1',
  AWS_DEFAULT_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SESSION_TOKEN: 'bench',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
  AWS_LAMBDA_FUNCTION_NAME: 'chatter-bench-api',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024',
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  TABLE_NAME: 'chatter-bench-table',
  DOCUMENTS_BUCKET: 'chatter-bench-documents',
  INGEST_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/chatter-bench-ingest',
  WEBHOOK_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/chatter-bench-webhooks',
  INGEST_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:123456789012:stateMachine:bench-ingest',
  ACCOUNT_DELETION_STATE_MACHINE_ARN:
    'arn:aws:states:eu-west-1:123456789012:stateMachine:bench-account-deletion',
  WORKFLOW_STEP_FUNCTION_ARN:
    'arn:aws:lambda:eu-west-1:123456789012:function:chatter-bench-workflow-step',
  WORKFLOW_ROLE_ARN: 'arn:aws:iam::123456789012:role/chatter-bench-workflows',
  WORKFLOW_STATE_MACHINE_PREFIX: 'chatter-bench-wf-',
  TOOL_SECRETS_KEY_ID: 'arn:aws:kms:eu-west-1:123456789012:key/bench',
  MODEL_PROVIDER: 'bedrock',
  CHAT_MODEL_ID: 'anthropic.claude-3-5-haiku-20241022-v1:0',
  EMBEDDING_MODEL_ID: 'amazon.titan-embed-text-v2:0',
  EMBEDDING_DIMENSIONS: '1024',
  VECTOR_PROVIDER: 'pinecone',
  PINECONE_INDEX: 'chatter-bench',
  PINECONE_API_KEY_PARAMETER: '/chatter/bench/pinecone-api-key',
  JWT_SECRET: 'a-bench-signing-key-of-at-least-32-bytes',
  CORS_ORIGINS: 'https://app.example.com',
  LOG_LEVEL: 'ERROR',
  FIRST_USER_ADMIN: 'false',
  POWERTOOLS_SERVICE_NAME: 'chatter',
}

// Runs in the fresh process. `awslambda` is the runtime's global that streamHandle calls at
// import; the connect hook is installed (and node:net loaded) before the clock starts.
const probeSource = `
import net from 'node:net'
import { pathToFileURL } from 'node:url'
const connects = []
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  const target = args[0]
  connects.push(typeof target === 'object' ? \`\${target.host ?? target.path}:\${target.port ?? ''}\` : String(target))
  return connect.apply(this, args)
}
globalThis.awslambda = { streamifyResponse: (h) => h, HttpResponseStream: { from: (s) => s } }
const cpu = process.cpuUsage()
const started = performance.now()
const module = await import(pathToFileURL(process.argv[2]).href)
const ms = performance.now() - started
const { user, system } = process.cpuUsage(cpu)
if (typeof module.handler !== 'function') throw new Error('the bundle exports no handler')
// A call started at init opens its socket a few ticks later.
setTimeout(() => {
  process.stdout.write(JSON.stringify({ ms, cpuMs: (user + system) / 1000, connects }))
  process.exit(0)
}, 20)
`

export interface InitSample {
  /** Wall-clock time of the import: what a cold start waits. */
  ms: number
  /** CPU time of the same import: steadier than `ms` when other work shares the machine. */
  cpuMs: number
  /** host:port of every connection opened during init (empty when init stays offline). */
  connects: string[]
}

/** Writes the probe into `dir`; returns a function timing one fresh-process import of a bundle. */
export async function initProbe(dir: string): Promise<(main: string) => Promise<InitSample>> {
  const probe = join(dir, 'init-probe.mjs')
  await writeFile(probe, probeSource)
  // Only Lambda's variables: nothing of this shell leaks in (PATH aside, to find nothing).
  const env = { ...lambdaInitEnvironment, PATH: process.env.PATH ?? '' }
  return async (main) => {
    const { stdout } = await run(process.execPath, [probe, main], { env, timeout: 60_000 })
    return JSON.parse(stdout) as InitSample
  }
}
