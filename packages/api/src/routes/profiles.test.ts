import type { HttpConfig } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { bodyOf, inWorkspace, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

async function setup() {
  // Room for a full-length system prompt (the default test limit is 1 KB).
  const config: HttpConfig = { CORS_ORIGINS: [], MAX_BODY_BYTES: 256 * 1024, LOG_LEVEL: 'SILENT' }
  const deps = testDependencies({ config })
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const headers = inWorkspace(owner.headers, team.id)
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(`/v1/profiles${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, type: response.headers.get('content-type'), response }
  }
  const create = async (body: Record<string, unknown> = {}) => {
    const { status, response } = await call('POST', '', {
      name: 'Claude',
      provider: 'bedrock',
      modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
      ...body,
    })
    expect(status, await response.clone().text()).toBe(201)
    return bodyOf(response)
  }
  return { deps, app, owner, team, call, create }
}

describe('/v1/profiles', () => {
  it('creates with defaults, lists newest first, and moves the one default', async () => {
    const { call, create } = await setup()
    const first = await create()
    expect(first).toMatchObject({
      provider: 'bedrock',
      temperature: 0.7,
      topP: 0.9,
      maxTokens: 1024,
      systemPrompt: '',
      retrieval: { enabled: false, topK: 5 },
      fallbackModelIds: [],
      isDefault: true,
    })
    const second = await create({ name: 'Local', provider: 'local', modelId: 'local' })
    expect(second.isDefault).toBe(false)
    expect(await bodyOf((await call('GET', '/default')).response)).toEqual(first)

    const moved = await call('POST', `/${second.id}/default`)
    expect(moved.status).toBe(200)
    expect(await bodyOf(moved.response)).toMatchObject({ id: second.id, isDefault: true })
    const list = await bodyOf((await call('GET', '')).response)
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([second.id, first.id])
    expect(list.items.map((p: { isDefault: boolean }) => p.isDefault)).toEqual([true, false])
    expect(list.nextCursor).toBeNull()
  })

  it('refuses to delete the default while others remain (409), then lets the last go', async () => {
    const { call, create } = await setup()
    const first = await create()
    const second = await create({ name: 'Second' })
    const refused = await call('DELETE', `/${first.id}`)
    expect(refused.status).toBe(409)
    expect(refused.type).toBe('application/problem+json')
    expect((await bodyOf(refused.response)).detail).toMatch(/make another profile the default/)
    expect((await call('GET', `/${first.id}`)).status).toBe(200)

    expect((await call('DELETE', `/${second.id}`)).status).toBe(204)
    expect((await call('DELETE', `/${first.id}`)).status).toBe(204)
    expect((await call('DELETE', `/${first.id}`)).status).toBe(404)
    const none = await call('GET', '/default')
    expect(none.status).toBe(404)
    expect(none.type).toBe('application/problem+json')
  })

  it('patches only what is given: retrieval merges, minScore null clears it', async () => {
    const { call, create } = await setup()
    const profile = await create({ retrieval: { enabled: true, topK: 8, minScore: 0.3 } })
    const patched = await call('PATCH', `/${profile.id}`, {
      name: 'Renamed',
      fallbackModelIds: ['anthropic.claude-3-haiku-20240307-v1:0'],
      retrieval: { minScore: null },
    })
    expect(patched.status).toBe(200)
    expect(await bodyOf(patched.response)).toEqual({
      ...profile,
      name: 'Renamed',
      fallbackModelIds: ['anthropic.claude-3-haiku-20240307-v1:0'],
      retrieval: { enabled: true, topK: 8 },
      updatedAt: expect.any(String),
    })
    expect((await call('PATCH', '/prf_missing', { name: 'x' })).status).toBe(404)
  })

  it('counts the system prompt in characters: 20000 emoji pass, 20001 are a 422', async () => {
    const { call, create } = await setup()
    const full = await create({ systemPrompt: '😀'.repeat(20_000) })
    expect([...full.systemPrompt]).toHaveLength(20_000)
    const over = await call('PATCH', `/${full.id}`, { systemPrompt: 'x'.repeat(20_001) })
    expect(over.status).toBe(422)
    expect((await bodyOf(over.response)).errors).toEqual([
      { path: 'json.systemPrompt', message: 'Keep the system prompt to 20000 characters.' },
    ])
  })

  it('pages with limit and cursor', async () => {
    const { call, create } = await setup()
    for (const name of ['a', 'b', 'c']) await create({ name })
    const first = await bodyOf((await call('GET', '?limit=2')).response)
    expect(first.items.map((p: { name: string }) => p.name)).toEqual(['c', 'b'])
    const rest = await bodyOf((await call('GET', `?limit=2&cursor=${first.nextCursor}`)).response)
    expect(rest).toMatchObject({ items: [{ name: 'a' }], nextCursor: null })
  })

  it("works in the caller's personal workspace without X-Workspace-Id", async () => {
    const { app, owner } = await setup()
    const response = await app.request('/v1/profiles', {
      method: 'POST',
      headers: { ...owner.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Mine', provider: 'openai', modelId: 'llama3.1:8b' }),
    })
    expect(response.status).toBe(201)
    expect(await bodyOf(response)).toMatchObject({
      workspaceId: owner.personalWorkspaceId,
      isDefault: true,
    })
  })

  it('describes every profile route in the OpenAPI document', async () => {
    const { app } = await setup()
    const { paths } = await bodyOf(await app.request('/openapi.json'))
    expect(Object.keys(paths).filter((path) => path.startsWith('/v1/profiles'))).toEqual([
      '/v1/profiles',
      '/v1/profiles/default',
      '/v1/profiles/{id}',
      '/v1/profiles/{id}/default',
    ])
    expect(Object.keys(paths['/v1/profiles/{id}'])).toEqual(['get', 'patch', 'delete'])
  })

  it('takes a prompt template of the workspace as the system prompt, and clears it with null', async () => {
    const { deps, team, call, create } = await setup()
    await deps.prompts.create({
      id: 'prm_tone',
      workspaceId: team.id,
      name: 'Tone',
      template: 'Answer in a {{tone}} tone.',
      variables: [{ name: 'tone', type: 'string', required: true }],
      tags: [],
      createdBy: 'usr_x',
    })
    const made = await create({
      systemPromptId: 'prm_tone',
      systemPromptVariables: { tone: 'dry' },
    })
    expect(made).toMatchObject({
      systemPromptId: 'prm_tone',
      systemPromptVariables: { tone: 'dry' },
    })

    const unknown = await call('PATCH', `/${made.id}`, { systemPromptId: 'prm_nope' })
    expect(unknown.status).toBe(422)
    expect((await bodyOf(unknown.response)).errors).toEqual([
      { path: 'systemPromptId', message: 'No such prompt in this workspace.' },
    ])
    const missing = await call('PATCH', `/${made.id}`, { systemPromptVariables: {} })
    expect(missing.status).toBe(422)
    expect((await bodyOf(missing.response)).errors[0].path).toBe('systemPromptVariables.tone')

    const cleared = await call('PATCH', `/${made.id}`, { systemPromptId: null })
    expect(cleared.status).toBe(200)
    const body = await bodyOf(cleared.response)
    expect(body).not.toHaveProperty('systemPromptId')
    expect(body).not.toHaveProperty('systemPromptVariables')
  })
})
