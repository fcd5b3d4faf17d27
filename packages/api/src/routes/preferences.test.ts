import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { apiKeyOf, bodyOf, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

async function world() {
  const deps = testDependencies()
  const ann = await signedInUser(deps)
  const app = createApp(deps)
  const patch = (body: unknown, headers = ann.headers) =>
    app.request('/v1/me/preferences', {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  const get = (path = '', headers = ann.headers) =>
    app.request(`/v1/me/preferences${path}`, { headers })
  return { deps, ann, app, patch, get }
}

describe('/v1/me/preferences', () => {
  it('shows the defaults before any save, every field present', async () => {
    const w = await world()
    const response = await w.get()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await bodyOf(response)).toEqual({
      defaultProfileId: null,
      language: null,
      streaming: true,
      memoryWindow: null,
      toolsEnabled: true,
      version: 0,
      updatedAt: null,
    })
  })

  it('saves a change as a new version, clears with null, and lists the versions', async () => {
    const w = await world()
    const first = await w.patch({ language: 'pt-br', memoryWindow: 30, streaming: false })
    expect(first.status).toBe(200)
    expect(await bodyOf(first)).toMatchObject({
      language: 'pt-BR',
      memoryWindow: 30,
      streaming: false,
      version: 1,
    })
    const second = await bodyOf(await w.patch({ memoryWindow: null, expectedVersion: 1 }))
    expect(second).toMatchObject({ language: 'pt-BR', memoryWindow: null, version: 2 })
    expect(await bodyOf(await w.get())).toEqual(second)

    const versions = await bodyOf(await w.get('/versions?limit=1'))
    expect(versions.items).toEqual([
      { ...second, updatedBy: w.ann.user.id, updatedAt: second.updatedAt },
    ])
    const rest = await bodyOf(await w.get(`/versions?cursor=${versions.nextCursor}`))
    expect(rest).toMatchObject({ items: [{ version: 1, memoryWindow: 30 }], nextCursor: null })
  })

  it('answers 409 to a stale expectedVersion and keeps what was saved', async () => {
    const w = await world()
    await w.patch({ language: 'en' })
    const stale = await w.patch({ language: 'fr', expectedVersion: 0 })
    expect(stale.status).toBe(409)
    expect(await bodyOf(stale)).toMatchObject({ code: 'resource.conflict' })
    expect(await bodyOf(await w.get())).toMatchObject({ language: 'en', version: 1 })
  })

  it('answers 422 naming each bad field, and saves nothing', async () => {
    const w = await world()
    const response = await w.patch({ memoryWindow: 0, language: 'no such tag', extra: 1 })
    expect(response.status).toBe(422)
    const paths = (await bodyOf(response)).errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['json.memoryWindow', 'json.language']))
    expect((await bodyOf(await w.get())).version).toBe(0)
  })

  it("are the user's: an API key reads and (with write) changes its creator's", async () => {
    const w = await world()
    const writeKey = await apiKeyOf(w.deps, w.ann, w.ann.personalWorkspaceId, ['write'])
    const readKey = await apiKeyOf(w.deps, w.ann, w.ann.personalWorkspaceId, ['read'])
    const byKey = await w.patch({ toolsEnabled: false }, writeKey.headers)
    expect(byKey.status).toBe(200)
    expect(await bodyOf(await w.get())).toMatchObject({ toolsEnabled: false, version: 1 })
    const versions = await bodyOf(await w.get('/versions', readKey.headers))
    expect(versions.items[0].updatedBy).toBe(`apiKey:${writeKey.key.id}`)

    const refused = await w.patch({ toolsEnabled: true }, readKey.headers)
    expect(refused.status).toBe(403)
    expect(await bodyOf(await w.get('', readKey.headers))).toMatchObject({ toolsEnabled: false })

    const bob = await signedInUser(w.deps)
    expect(await bodyOf(await w.get('', bob.headers))).toMatchObject({
      toolsEnabled: true,
      version: 0,
    })
  })

  it('asks for credentials', async () => {
    const w = await world()
    expect((await w.get('', {})).status).toBe(401)
    expect((await w.patch({ language: 'en' }, {})).status).toBe(401)
  })
})
