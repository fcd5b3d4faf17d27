import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import {
  bodyOf,
  inWorkspace,
  join,
  sharedWorkspace,
  signedInUser,
  tickingClock,
} from '../test-callers'
import { testDependencies } from '../test-support'

async function setup() {
  const deps = testDependencies({ clock: tickingClock() })
  const app = createApp(deps)
  const owner = await signedInUser(deps, { email: 'owner@example.com' })
  const call = (
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    app.request(`/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'route-test', ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    })
  return { deps, app, owner, call }
}

describe('/v1/workspaces', () => {
  it('creates a workspace owned by the caller and lists it among theirs', async () => {
    const { owner, call } = await setup()
    const created = await call('/workspaces', {
      method: 'POST',
      headers: owner.headers,
      body: { name: ' Research ' },
    })
    expect(created.status).toBe(201)
    const workspace = await bodyOf(created)
    expect(workspace).toMatchObject({ name: 'Research', role: 'owner', personal: false })
    expect(workspace.id).toMatch(/^ws_/)
    const mine = await bodyOf(await call('/workspaces?limit=10', { headers: owner.headers }))
    expect(mine.nextCursor).toBeNull()
    expect(mine.items.map((w: { id: string }) => w.id).sort()).toEqual(
      [owner.personalWorkspaceId, workspace.id].sort(),
    )
    const got = await call(`/workspaces/${workspace.id}`, { headers: owner.headers })
    expect(await bodyOf(got)).toMatchObject({ id: workspace.id, role: 'owner' })
  })

  it('pages the list with limit and cursor', async () => {
    const { deps, owner, call } = await setup()
    for (const name of ['A', 'B', 'C']) await sharedWorkspace(deps, owner, name)
    const first = await bodyOf(await call('/workspaces?limit=2', { headers: owner.headers }))
    expect(first.items).toHaveLength(2)
    const second = await bodyOf(
      await call(`/workspaces?limit=2&cursor=${first.nextCursor}`, { headers: owner.headers }),
    )
    expect(second.items).toHaveLength(2)
    expect(second.nextCursor).toBeNull()
  })

  it('runs the team life cycle: invite, accept, change role, remove, delete with counts', async () => {
    const { deps, owner, call } = await setup()
    const team = await sharedWorkspace(deps, owner)
    const invitee = await signedInUser(deps, { email: 'ada@example.com' })
    const invited = await call(`/workspaces/${team.id}/invitations`, {
      method: 'POST',
      headers: owner.headers,
      body: { email: 'Ada@Example.com', role: 'member' },
    })
    expect(invited.status).toBe(201)
    const invitation = await bodyOf(invited)
    expect(invitation).toMatchObject({ email: 'ada@example.com', status: 'pending' })

    const mine = await bodyOf(await call('/invitations', { headers: invitee.headers }))
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([invitation.id])
    const accepted = await call(`/invitations/${invitation.id}/accept`, {
      method: 'POST',
      headers: invitee.headers,
    })
    expect(accepted.status).toBe(200)
    expect((await bodyOf(accepted)).workspace).toMatchObject({ id: team.id, role: 'member' })

    const promoted = await call(`/workspaces/${team.id}/members/${invitee.user.id}`, {
      method: 'PATCH',
      headers: owner.headers,
      body: { role: 'admin' },
    })
    expect(await bodyOf(promoted)).toMatchObject({ userId: invitee.user.id, role: 'admin' })
    const members = await bodyOf(
      await call(`/workspaces/${team.id}/members`, { headers: invitee.headers }),
    )
    expect(members.items.map((m: { role: string }) => m.role).sort()).toEqual(['admin', 'owner'])

    const removed = await call(`/workspaces/${team.id}/members/${invitee.user.id}`, {
      method: 'DELETE',
      headers: owner.headers,
    })
    expect(removed.status).toBe(204)
    await call(`/workspaces/${team.id}/invitations`, {
      method: 'POST',
      headers: owner.headers,
      body: { email: 'later@example.com', role: 'viewer' },
    })
    const deleted = await call(`/workspaces/${team.id}`, {
      method: 'DELETE',
      headers: owner.headers,
    })
    expect(deleted.status).toBe(200)
    expect(await bodyOf(deleted)).toEqual({
      workspaceId: team.id,
      members: 1,
      invitations: 2,
      apiKeys: 0,
      documents: 0,
    })
    const actions = (await deps.audit.query(team.id, {}, { limit: 100 })).items.map((e) => e.action)
    expect(actions).toEqual([
      'workspace.deleted',
      'member.invited',
      'member.removed',
      'member.role.changed',
      'member.added',
      'member.invited',
    ])
    const event = (await deps.audit.query(team.id, { action: 'member.removed' }, { limit: 1 }))
      .items[0]
    expect(event).toMatchObject({ userAgent: 'route-test', actor: { label: 'owner@example.com' } })
  })

  it('lets a member leave with their own user id, but not the owner', async () => {
    const { deps, owner, call } = await setup()
    const team = await sharedWorkspace(deps, owner)
    const member = await signedInUser(deps)
    await join(deps, team, member, 'viewer')
    const left = await call(`/workspaces/${team.id}/members/${member.user.id}`, {
      method: 'DELETE',
      headers: member.headers,
    })
    expect(left.status).toBe(204)
    expect(await deps.workspaces.getMembership(team.id, member.user.id)).toBeUndefined()
    const ownerLeaves = await call(`/workspaces/${team.id}/members/${owner.user.id}`, {
      method: 'DELETE',
      headers: owner.headers,
    })
    expect(ownerLeaves.status).toBe(409)
  })

  it('refuses to delete the personal workspace with a 409 saying why', async () => {
    const { owner, call } = await setup()
    const response = await call(`/workspaces/${owner.personalWorkspaceId}`, {
      method: 'DELETE',
      headers: owner.headers,
    })
    expect(response.status).toBe(409)
    expect((await bodyOf(response)).detail).toMatch(/personal workspace cannot be deleted/)
  })

  it('declines an invitation and hides others’ invitations behind 404', async () => {
    const { deps, owner, call } = await setup()
    const team = await sharedWorkspace(deps, owner)
    const ada = await signedInUser(deps, { email: 'ada@example.com' })
    const eve = await signedInUser(deps, { email: 'eve@example.com' })
    const { id } = await bodyOf(
      await call(`/workspaces/${team.id}/invitations`, {
        method: 'POST',
        headers: owner.headers,
        body: { email: 'ada@example.com', role: 'viewer' },
      }),
    )
    const stolen = await call(`/invitations/${id}/accept`, { method: 'POST', headers: eve.headers })
    expect(stolen.status).toBe(404)
    const declined = await call(`/invitations/${id}/decline`, {
      method: 'POST',
      headers: ada.headers,
    })
    expect(await bodyOf(declined)).toMatchObject({ id, status: 'declined' })
    const listed = await bodyOf(
      await call(`/workspaces/${team.id}/invitations`, {
        headers: inWorkspace(owner.headers, team.id),
      }),
    )
    expect(listed.items[0]).toMatchObject({ id, status: 'declined' })
  })

  it('documents every route in /openapi.json with its security', async () => {
    const { app } = await setup()
    const document = await bodyOf(await app.request('/openapi.json'))
    const expected = {
      '/v1/workspaces': ['get', 'post'],
      '/v1/workspaces/{id}': ['get', 'patch', 'delete'],
      '/v1/workspaces/{id}/members': ['get'],
      '/v1/workspaces/{id}/members/{userId}': ['patch', 'delete'],
      '/v1/workspaces/{id}/invitations': ['get', 'post'],
      '/v1/workspaces/{id}/invitations/{invitationId}': ['delete'],
      '/v1/invitations': ['get'],
      '/v1/invitations/{id}/accept': ['post'],
      '/v1/invitations/{id}/decline': ['post'],
      '/v1/api-keys': ['get', 'post'],
      '/v1/api-keys/{id}': ['delete'],
      '/v1/audit-events': ['get'],
      '/v1/audit-events/export': ['get'],
    }
    for (const [path, methods] of Object.entries(expected))
      for (const method of methods) {
        const operation = document.paths[path]?.[method]
        expect(operation, `${method} ${path}`).toBeDefined()
        expect(operation.security.length, `${method} ${path}`).toBeGreaterThan(0)
      }
  })
})
