import { hashSecret } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { apiKeyOf, bodyOf, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

async function setup() {
  const deps = testDependencies()
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  const json = (headers: Record<string, string>) => ({
    ...headers,
    'Content-Type': 'application/json',
    'X-Workspace-Id': team.id,
  })
  return { deps, app, owner, team, json }
}

describe('/v1/api-keys', () => {
  it('shows the secret once; the key then works as Bearer or X-API-Key', async () => {
    const { deps, app, owner, team, json } = await setup()
    const created = await app.request('/v1/api-keys', {
      method: 'POST',
      headers: json(owner.headers),
      body: JSON.stringify({ name: 'CI', scopes: ['read'] }),
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('cache-control')).toBe('no-store')
    const key = await bodyOf(created)
    expect(key).toMatchObject({ name: 'CI', scopes: ['read'], workspaceId: team.id })
    expect(key.secret.startsWith(key.prefix)).toBe(true)
    expect(key).not.toHaveProperty('hash')
    expect((await deps.apiKeys.findByHash(hashSecret(key.secret)))?.id).toBe(key.id)

    const ways: Record<string, string>[] = [
      { Authorization: `Bearer ${key.secret}` },
      { 'X-API-Key': key.secret },
    ]
    for (const headers of ways) {
      const members = await app.request(`/v1/workspaces/${team.id}/members`, { headers })
      expect(members.status).toBe(200)
    }
    const listed = await bodyOf(await app.request('/v1/api-keys', { headers: json(owner.headers) }))
    expect(listed.items).toHaveLength(1)
    const text = JSON.stringify(listed)
    expect(text).not.toContain(key.secret)
    expect(text).not.toContain(hashSecret(key.secret))
    expect(listed.items[0].lastUsedAt).toBeDefined()
  })

  it('revokes idempotently with 204, after which the key is refused', async () => {
    const { deps, app, owner, team, json } = await setup()
    const { key, headers } = await apiKeyOf(deps, owner, team.id, ['write'])
    for (let i = 0; i < 2; i += 1) {
      const revoked = await app.request(`/v1/api-keys/${key.id}`, {
        method: 'DELETE',
        headers: json(owner.headers),
      })
      expect(revoked.status).toBe(204)
    }
    const refused = await app.request(`/v1/workspaces/${team.id}`, { headers })
    expect(refused.status).toBe(401)
    const events = await deps.audit.query(team.id, { action: 'key.revoked' }, { limit: 10 })
    expect(events.items).toHaveLength(1)
  })

  it("answers 404 for another workspace's key id and leaves it working", async () => {
    const { deps, app, owner, team } = await setup()
    const { key, headers } = await apiKeyOf(deps, owner, team.id, ['read'])
    const stranger = await signedInUser(deps)
    const response = await app.request(`/v1/api-keys/${key.id}`, {
      method: 'DELETE',
      headers: stranger.headers,
    })
    expect(response.status).toBe(404)
    expect((await app.request(`/v1/workspaces/${team.id}`, { headers })).status).toBe(200)
  })

  it("stops a key when its creator leaves, and follows the creator's current role", async () => {
    const { deps, app, owner, team } = await setup()
    const admin = await signedInUser(deps)
    await join(deps, team, admin, 'admin')
    const { headers } = await apiKeyOf(deps, admin, team.id, ['admin'])
    expect((await app.request('/v1/api-keys', { headers })).status).toBe(200)
    await deps.workspaces.setRole(team.id, admin.user.id, 'member')
    expect((await app.request('/v1/api-keys', { headers })).status).toBe(403)
    await deps.workspaces.removeMember(team.id, admin.user.id)
    const gone = await app.request(`/v1/workspaces/${team.id}`, { headers })
    expect(gone.status).toBe(401)
    expect((await bodyOf(gone)).detail).toMatch(/left the workspace/)
    expect(await deps.workspaces.getMembership(team.id, owner.user.id)).toBeDefined()
  })

  it('refuses a key without manageKeys and a bad expiry, creating nothing', async () => {
    const { deps, app, owner, team, json } = await setup()
    const writeKey = await apiKeyOf(deps, owner, team.id, ['write'])
    const tooMuch = await app.request('/v1/api-keys', {
      method: 'POST',
      headers: json(writeKey.headers),
      body: JSON.stringify({ name: 'x', scopes: ['read'] }),
    })
    expect(tooMuch.status).toBe(403)
    expect((await bodyOf(tooMuch)).detail).toMatch(/manageKeys/)
    const past = await app.request('/v1/api-keys', {
      method: 'POST',
      headers: json(owner.headers),
      body: JSON.stringify({ name: 'x', scopes: ['read'], expiresAt: '2020-01-01T00:00:00Z' }),
    })
    expect(past.status).toBe(422)
    expect((await bodyOf(past)).errors).toEqual([
      { path: 'expiresAt', message: expect.any(String) },
    ])
    expect((await deps.apiKeys.list(team.id, { limit: 100 })).items).toHaveLength(1)
  })
})
