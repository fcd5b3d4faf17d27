// The `chatter` CLI end to end against the local server, spawned as a user runs it (async
// execFile: the stack runs in this process). One stack and one config folder for the file;
// the steps build on each other: sign up, upload a folder, search it, chat, export, keys.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string
let configDir: string
let folder: string

const email = 'cli@example.com'
const password = 'a long enough passphrase'

interface Run {
  code: number
  stdout: string
  stderr: string
  // biome-ignore lint/suspicious/noExplicitAny: the test reads --json output loosely, as a script would
  json: () => any
}

/** Runs `chatter <args>` with the test's config folder and no inherited Chatter variables. */
function chatter(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, CHATTER_CONFIG_DIR: configDir, ...options.env }
  for (const name of [
    'CHATTER_API_URL',
    'CHATTER_API_KEY',
    'CHATTER_CONNECTION',
    'CHATTER_WORKSPACE_ID',
  ])
    if (!options.env?.[name]) delete env[name]
  return new Promise<Run>((resolve) => {
    const child = execFile(
      process.execPath,
      ['packages/cli/bin/chatter.js', ...args],
      { env, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout,
          stderr,
          json: () => JSON.parse(stdout),
        }),
    )
    child.stdin?.end(options.input ?? '')
  })
}

/** A local port nothing listens on: one the system just gave out and took back. */
async function closedPort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-e2e-cli-'))
  configDir = join(dataDir, 'config')
  folder = join(dataDir, 'handbook')
  await mkdir(join(folder, 'policies', 'travel'), { recursive: true })
  await writeFile(
    join(folder, 'welcome.md'),
    '# Welcome\n\nThe team meets every Tuesday in the lighthouse room.\n',
  )
  await writeFile(
    join(folder, 'policies', 'expenses.txt'),
    'Expenses above 500 euros need the approval of a zeppelinmaster.\n',
  )
  await writeFile(
    join(folder, 'policies', 'travel', 'trains.html'),
    '<html><body><h1>Trains</h1><p>Book night trains through the travel desk.</p></body></html>',
  )
  await writeFile(join(folder, '.draft.md'), 'A hidden draft the upload skips.\n')
  stack = await startTestStack(dataDir)
})
afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('chatter CLI against the local server', () => {
  let conversationId: string
  let expensesId: string

  it('registers, saving the connection in a 0600 config file, and answers whoami', async () => {
    const registered = await chatter(
      ['register', '--url', stack.url, '--email', email, '--password-stdin', '--json'],
      { input: `${password}\n` },
    )
    expect(registered.code, registered.stderr).toBe(0)
    expect(registered.json().user.email).toBe(email)

    const file = join(configDir, 'config.json')
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    const config = JSON.parse(await readFile(file, 'utf8'))
    expect(config.current).toBe('default')
    expect(config.connections.default).toMatchObject({ url: stack.url, email })
    expect(config.connections.default.refreshToken).toEqual(expect.any(String))

    const whoami = await chatter(['whoami', '--json'])
    expect(whoami.code, whoami.stderr).toBe(0)
    expect(whoami.json()).toMatchObject({ connection: 'default', url: stack.url, auth: 'session' })
    expect(whoami.json().user.email).toBe(email)
  })

  it('logs in to a second named connection and switches between them', async () => {
    const login = await chatter([
      'login',
      '--connection',
      'backup',
      '--url',
      stack.url,
      '--email',
      email,
      '--password',
      password,
    ])
    expect(login.code, login.stderr).toBe(0)
    expect(login.stdout).toContain(`Signed in as ${email}`)
    const list = (await chatter(['connections', 'list', '--json'])).json()
    expect(list.map((c: { name: string; current: boolean }) => [c.name, c.current])).toEqual([
      ['default', false],
      ['backup', true],
    ])
    expect((await chatter(['connections', 'use', 'default'])).code).toBe(0)
    expect((await chatter(['whoami', '--json'])).json().connection).toBe('default')
  })

  it('uploads a nested folder, skipping dotfiles, and waits until every file is ready', async () => {
    const upload = await chatter([
      'documents',
      'upload',
      folder,
      '--wait',
      '--tags',
      'handbook',
      '--json',
    ])
    expect(upload.code, upload.stderr).toBe(0)
    const outcomes = upload.json() as { file: string; status: string; id: string }[]
    expect(outcomes.map((o) => o.file.slice(folder.length + 1)).sort()).toEqual([
      join('policies', 'expenses.txt'),
      join('policies', 'travel', 'trains.html'),
      'welcome.md',
    ])
    expect(outcomes.map((o) => o.status)).toEqual(['ready', 'ready', 'ready'])
    expensesId = outcomes.find((o) => o.file.endsWith('expenses.txt'))?.id as string
    // Progress goes to stderr as plain lines when it is not a terminal.
    expect(upload.stderr).toContain('welcome.md: ready')

    const table = await chatter(['documents', 'list', '--status', 'ready'])
    expect(table.stdout).toMatch(/trains\.html\s+│\s+ready/)
  })

  it('searches the uploaded files and shows the hit as a table', async () => {
    const search = await chatter(['search', 'zeppelinmaster', '--json'])
    expect(search.code, search.stderr).toBe(0)
    expect(search.json().hits[0].filename).toBe('expenses.txt')
    const table = await chatter([
      'search',
      'zeppelinmaster',
      '--mode',
      'lexical',
      '--tag',
      'handbook',
    ])
    expect(table.stdout).toContain('expenses.txt')
    expect(table.stdout).toContain('zeppelinmaster')
  })

  it('answers with chat (piped, then -m --json), and the conversation is listed and exported', async () => {
    // A message piped on stdin is one shot too; the answer and its tool calls stream as text.
    const text = await chatter(['chat', '--tools'], {
      input: 'use calculator {"expression": "6*7"}\n',
    })
    expect(text.code, text.stderr).toBe(0)
    expect(text.stdout).toContain('[tool] calculator: 42')
    expect(text.stdout).toMatch(/\[local model\]/)

    const answer = await chatter([
      'chat',
      '-m',
      'Who approves expenses above 500 euros?',
      '--retrieval',
      '--json',
    ])
    expect(answer.code, answer.stderr).toBe(0)
    const message = answer.json()
    expect(message).toMatchObject({ role: 'assistant', status: 'complete' })
    expect(message.content).toContain('zeppelinmaster')
    expect(message.citations.map((c: { documentId: string }) => c.documentId)).toContain(expensesId)
    conversationId = message.conversationId

    const list = await chatter(['conversations', 'list', '--json'])
    expect(list.json().map((c: { id: string }) => c.id)).toContain(conversationId)

    const out = join(dataDir, 'export.md')
    const exported = await chatter([
      'conversations',
      'export',
      conversationId,
      '--format',
      'markdown',
      '--out',
      out,
    ])
    expect(exported.code, exported.stderr).toBe(0)
    const markdown = await readFile(out, 'utf8')
    expect(markdown).toContain('# Who approves expenses above 500 euros?')
    expect(markdown).toContain('## User')
    expect(markdown).toContain('zeppelinmaster')
    expect(markdown).toContain('## Assistant')
  })

  it('counts the chat in analytics usage', async () => {
    const usage = await chatter(['analytics', 'usage', '--json'])
    expect(usage.code, usage.stderr).toBe(0)
    expect(usage.json().totals.messages).toBeGreaterThanOrEqual(2)
    const table = await chatter(['analytics', 'usage', '--by', 'model'])
    expect(table.stdout).toMatch(/local/)
  })

  it('creates, lists and revokes an API key, which works as CHATTER_API_KEY until revoked', async () => {
    const created = await chatter(['keys', 'create', 'ci', '--scopes', 'read,write', '--json'])
    expect(created.code, created.stderr).toBe(0)
    const key = created.json()
    expect(key.secret).toMatch(/^chk_/)
    expect(
      (await chatter(['keys', 'list', '--json'])).json().map((k: { id: string }) => k.id),
    ).toContain(key.id)

    const withKey = await chatter(['whoami', '--json'], {
      env: { CHATTER_API_KEY: key.secret, CHATTER_API_URL: stack.url },
    })
    expect(withKey.code, withKey.stderr).toBe(0)
    expect(withKey.json()).toMatchObject({ auth: 'apiKey', apiKey: { id: key.id } })

    const revoked = await chatter(['keys', 'revoke', key.id])
    expect(revoked.code, revoked.stderr).toBe(0)
    const refused = await chatter(['whoami'], {
      env: { CHATTER_API_KEY: key.secret, CHATTER_API_URL: stack.url },
    })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Not signed in or the session expired: run `chatter login`')
  })

  it('reports health with every dependency', async () => {
    const health = await chatter(['health', '--json'])
    expect(health.code, health.stderr).toBe(0)
    expect(health.json()).toMatchObject({ live: true, ready: true })
    expect(health.json().readiness.checks.length).toBeGreaterThan(0)
  })

  it('explains errors without a stack trace: unknown command, 404, unreachable server', async () => {
    const unknown = await chatter(['documnets', 'list'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown command 'documnets'")
    expect(unknown.stderr).toContain('chatter --help')

    const missing = await chatter(['documents', 'get', 'doc_missing'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^Error: Not found: /)
    expect(missing.stderr).not.toMatch(/\n\s+at /)

    const closed = `http://127.0.0.1:${await closedPort()}`
    const down = await chatter(['whoami', '--url', closed])
    expect(down.code).toBe(1)
    expect(down.stderr).toContain(`Cannot reach ${closed}: is the server running (\`npm start\`)?`)
  })

  it('refreshes a session whose access token no longer works, saving the new tokens', async () => {
    const file = join(configDir, 'config.json')
    const config = JSON.parse(await readFile(file, 'utf8'))
    const before = config.connections.default.refreshToken
    config.connections.default.accessToken = 'no-longer-valid'
    await writeFile(file, JSON.stringify(config))
    const whoami = await chatter(['whoami', '--json'])
    expect(whoami.code, whoami.stderr).toBe(0)
    const saved = JSON.parse(await readFile(file, 'utf8')).connections.default
    expect(saved.accessToken).not.toBe('no-longer-valid')
    expect(saved.refreshToken).not.toBe(before)
  })

  it('logs out: the session ends and the connection forgets it', async () => {
    const logout = await chatter(['logout'])
    expect(logout.code, logout.stderr).toBe(0)
    const whoami = await chatter(['whoami'])
    expect(whoami.code).toBe(1)
    expect(whoami.stderr).toContain('run `chatter login`')
  })
})
