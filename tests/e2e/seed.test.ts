// `npm run seed` end to end on the local stack: the demo account, its Demo workspace with
// profiles, prompts, an agent, ingested documents and an answered conversation, all made through
// the SDK; a second run creating nothing; the script itself (--json), and a stopped server.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalStack } from '@chatter/local'
import { type ChatterClient, createChatterClient } from '@chatter/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SeedSummary, seedDemo } from '../../packages/cli/src/seed/seed'
import { startTestStack } from '../support/local-stack'

let stack: LocalStack
let dataDir: string
let first: SeedSummary

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'chatter-e2e-seed-'))
  stack = await startTestStack(dataDir)
}, 60_000)

afterAll(async () => {
  await stack?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

/** A client signed in as the summary's user, acting in the Demo workspace. */
async function signIn(summary: SeedSummary): Promise<ChatterClient> {
  const anonymous = createChatterClient({ baseUrl: stack.url })
  const { email, password } = summary
  const session = await anonymous.unwrap(
    anonymous.api.POST('/v1/auth/login', { body: { email, password } }),
  )
  return createChatterClient({ baseUrl: stack.url, token: session.accessToken }).withWorkspace(
    summary.workspaceId,
  )
}

const all = async <T>(items: AsyncIterable<T>) => {
  const list: T[] = []
  for await (const item of items) list.push(item)
  return list
}

/** How many of each thing the Demo workspace holds. */
async function counts(chatter: ChatterClient) {
  const me = await chatter.unwrap(chatter.api.GET('/v1/me'))
  return {
    demoWorkspaces: me.workspaces.filter((workspace) => workspace.name === 'Demo').length,
    profiles: (await all(chatter.paginate('/v1/profiles'))).length,
    prompts: (await all(chatter.paginate('/v1/prompts'))).length,
    agents: (await all(chatter.paginate('/v1/agents'))).length,
    documents: (await all(chatter.paginate('/v1/documents'))).length,
    conversations: (await all(chatter.paginate('/v1/conversations'))).length,
  }
}

/** Runs `npm run seed` as a user does (async: the stack runs in this process). */
const runScript = (url: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/seed/main.ts', '--json'],
      { env: { ...process.env, CHATTER_API_URL: url } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

describe('npm run seed', () => {
  it('creates a demo user and a Demo workspace a newcomer can use at once', async () => {
    const lines: string[] = []
    first = await seedDemo({ baseUrl: stack.url, log: (line) => lines.push(line) })
    expect(first.email).toBe('demo@chatter.local')
    expect(first.alreadyThere).toEqual([])
    expect(lines).toContain('created: workspace "Demo"')

    const chatter = await signIn(first)
    const me = await chatter.unwrap(chatter.api.GET('/v1/me'))
    expect(me.workspaces.map((workspace) => workspace.id)).toContain(first.workspaceId)

    const profiles = await all(chatter.paginate('/v1/profiles'))
    expect(profiles.map((profile) => profile.name).sort()).toEqual([
      'Concise',
      'Creative',
      'Local assistant',
    ])
    expect(profiles.every((profile) => profile.provider === 'local')).toBe(true)
    expect(profiles.filter((profile) => profile.isDefault).map((p) => p.name)).toEqual([
      'Local assistant',
    ])

    const prompts = await all(chatter.paginate('/v1/prompts'))
    expect(prompts.map((prompt) => prompt.name).sort()).toEqual([
      'Email reply',
      "Explain like I'm new",
      'Summarize',
    ])
    const summarize = prompts.find((prompt) => prompt.name === 'Summarize')!
    const rendered = await chatter.unwrap(
      chatter.api.POST('/v1/prompts/{id}/render', {
        params: { path: { id: summarize.id } },
        body: { variables: { text: 'Chatter is a chat platform.' } },
      }),
    )
    expect(rendered.text).toBe(
      'Summarize the following text in 3 sentences:\n\nChatter is a chat platform.',
    )

    const [agent] = await all(chatter.paginate('/v1/agents'))
    expect(agent?.name).toBe('Chatter guide')
    expect(agent?.knowledge).toMatchObject({ enabled: true, tags: ['demo'] })
    expect(agent?.profileId).toBe(profiles.find((p) => p.name === 'Local assistant')!.id)
  }, 120_000)

  it('leaves the documents ingested, searchable and cited in the first conversation', async () => {
    const chatter = await signIn(first)
    const documents = await all(chatter.paginate('/v1/documents'))
    expect(documents.map((document) => document.filename).sort()).toEqual([
      'api-keys.txt',
      'getting-started.md',
      'how-retrieval-works.md',
      'local-stack.html',
    ])
    for (const document of documents) {
      expect(document.status).toBe('ready')
      expect(document.tags).toEqual(['demo'])
      expect(document.chunkCount).toBeGreaterThan(0)
    }

    const search = await chatter.unwrap(
      chatter.api.POST('/v1/search', { body: { query: 'revoke an API key scopes' } }),
    )
    expect(search.hits[0]?.filename).toBe('api-keys.txt')

    const conversation = await chatter.unwrap(
      chatter.api.GET('/v1/conversations/{id}', { params: { path: { id: first.conversationId } } }),
    )
    expect(conversation.title).toBe('Welcome to Chatter')
    expect(conversation.agentId).toBe(first.agentId)
    const answer = conversation.messages.find((message) => message.role === 'assistant')
    expect(answer?.status).toBe('complete')
    expect(answer?.content).toMatch(/^\[local model\] /)
    const retrieval = documents.find((d) => d.filename === 'how-retrieval-works.md')!
    expect(answer?.citations?.map((citation) => citation.documentId)).toContain(retrieval.id)
    expect(first.answer).toBe(answer?.content)
  }, 60_000)

  it('creates nothing on a second run and says what was already there', async () => {
    const chatter = await signIn(first)
    const before = await counts(chatter)
    expect(before).toEqual({
      demoWorkspaces: 1,
      profiles: 3,
      prompts: 3,
      agents: 1,
      documents: 4,
      conversations: 1,
    })
    const second = await seedDemo({ baseUrl: stack.url })
    expect(second.created).toEqual([])
    expect(second.alreadyThere).toEqual(first.created)
    expect(second).toMatchObject({
      workspaceId: first.workspaceId,
      agentId: first.agentId,
      conversationId: first.conversationId,
    })
    expect(await counts(chatter)).toEqual(before)
  }, 120_000)

  it('says which variable to set when the demo email has another password', async () => {
    await expect(
      seedDemo({ baseUrl: stack.url, password: 'not the demo password' }),
    ).rejects.toThrow(
      /demo@chatter\.local already exists with another password: set CHATTER_SEED_PASSWORD/,
    )
  })

  it('prints the summary as JSON from the script (`npm run seed -- --json`)', async () => {
    const result = await runScript(stack.url)
    expect(result.code, result.stderr).toBe(0)
    const summary = JSON.parse(result.stdout) as SeedSummary
    expect(summary).toMatchObject({
      url: stack.url,
      email: 'demo@chatter.local',
      password: first.password,
      workspaceId: first.workspaceId,
      created: [],
    })
    expect(summary.alreadyThere).toContain('workspace "Demo"')
    expect(summary.tryNext).toContain(`npx chatter workspaces use ${first.workspaceId}`)
    expect(summary.tryNext.join('\n')).toContain(`${stack.url}/v1/auth/login`)
  }, 60_000)

  it('says to start the server when nothing answers, and exits 1', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number }
        server.close(() => resolve(port))
      })
    })
    const result = await runScript(`http://127.0.0.1:${closed}`)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('start it with `npm start`')
    expect(result.stdout).toBe('')
  }, 30_000)
})
