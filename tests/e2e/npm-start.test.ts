import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// What `npm start` runs (see package.json), minus npm itself, so signals reach the process.
const entry = ['--openssl-legacy-provider', '--import', 'tsx', 'packages/local/src/main.ts']
const dirs: string[] = []
const children: ChildProcess[] = []

async function launch(env: Record<string, string>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'chatter-start-'))
  dirs.push(dataDir)
  const child = spawn(process.execPath, entry, {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'WARN', CHATTER_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, dataDir, exited, output: () => output }
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('npm start', () => {
  it('prints where everything runs, serves the API, and stops cleanly on Ctrl-C', async () => {
    const run = await launch({})
    const deadline = Date.now() + 60_000
    let api: string | undefined
    while (!api && Date.now() < deadline && run.child.exitCode === null) {
      api = /API\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(run.output())?.[1]
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(api, run.output()).toBeDefined()
    for (const name of ['DynamoDB', 'S3', 'SQS', 'Step Functions', 'Vectors', 'Model']) {
      expect(run.output()).toContain(name)
    }

    const ready = await fetch(`${api}/readyz`)
    expect(ready.status).toBe(200)
    const endpoints = JSON.parse(await readFile(join(run.dataDir, 'local-stack.json'), 'utf8'))
    expect(endpoints.api).toBe(api)

    run.child.kill('SIGINT')
    expect(await run.exited).toBe(0)
    expect(run.output()).toContain('Stopped.')
    // DynamoDB Local (a Java process) went with it.
    await expect(fetch(endpoints.dynamodb)).rejects.toThrow()
  }, 90_000)

  it('stops at once with install instructions when Java is missing', async () => {
    const run = await launch({ PATH: '/nonexistent' })
    expect(await run.exited).toBe(1)
    expect(run.output()).toMatch(/DynamoDB Local needs Java 17\+/)
    expect(run.output()).toContain('apt-get install -y openjdk-17-jre-headless')
  }, 30_000)

  it('names an invalid setting instead of starting', async () => {
    const run = await launch({ PORT: 'eighty' })
    expect(await run.exited).toBe(1)
    expect(run.output()).toContain('PORT is invalid')
  }, 30_000)
})
