import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { apiKeyOf, bodyOf, join, sharedWorkspace, signedInUser } from '../test-callers'
import { testDependencies } from '../test-support'

async function setup() {
  const deps = testDependencies()
  const owner = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  return { deps, app: createApp(deps), owner, team }
}

const createKey = (headers: Record<string, string>) => ({
  method: 'POST',
  headers: { ...headers, 'Content-Type': 'application/json' },
  body: JSON.stringify({ name: 'k', scopes: ['read'] }),
})

describe('workspaceAccess', () => {
  it("acts in the user's personal workspace without X-Workspace-Id, else in the one named", async () => {
    const { app, owner, team } = await setup()
    const personal = await bodyOf(await app.request('/v1/api-keys', createKey(owner.headers)))
    expect(personal.workspaceId).toBe(owner.personalWorkspaceId)
    const shared = await bodyOf(
      await app.request('/v1/api-keys', createKey({ ...owner.headers, 'X-Workspace-Id': team.id })),
    )
    expect(shared.workspaceId).toBe(team.id)
  })

  it("acts in a key's own workspace without X-Workspace-Id", async () => {
    const { deps, app, owner, team } = await setup()
    const { headers } = await apiKeyOf(deps, owner, team.id, ['admin'])
    const created = await bodyOf(await app.request('/v1/api-keys', createKey(headers)))
    expect(created.workspaceId).toBe(team.id)
  })

  it('answers the same 404 for a workspace one is not in and for a malformed id', async () => {
    const { deps, app, team } = await setup()
    const stranger = await signedInUser(deps)
    const answers = await Promise.all(
      [team.id, 'ws_missing', '"><script>'].map(async (id) => {
        const response = await app.request('/v1/api-keys', {
          headers: { ...stranger.headers, 'X-Workspace-Id': id },
        })
        const { status, code, detail } = await bodyOf(response)
        return { status, code, detail }
      }),
    )
    expect(answers[0]).toMatchObject({ status: 404, code: 'resource.notFound' })
    expect(answers[1]).toEqual(answers[0])
    expect(answers[2]).toEqual(answers[0])
  })

  it('asks an anonymous caller to authenticate', async () => {
    const { app, team } = await setup()
    const response = await app.request(`/v1/workspaces/${team.id}`)
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('names the missing permission in a 403', async () => {
    const { deps, app, team } = await setup()
    const viewer = await signedInUser(deps)
    await join(deps, team, viewer, 'viewer')
    const response = await app.request(`/v1/workspaces/${team.id}/invitations`, {
      headers: viewer.headers,
    })
    expect(response.status).toBe(403)
    expect(await bodyOf(response)).toMatchObject({
      code: 'auth.forbidden',
      detail: expect.stringContaining('"manageMembers"'),
    })
  })
})
