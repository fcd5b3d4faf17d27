import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import { bodyOf, join, sharedWorkspace, signedInUser, tickingClock } from '../test-callers'
import { testDependencies } from '../test-support'

async function setup() {
  const deps = testDependencies({ clock: tickingClock(Date.parse('2026-03-01T00:00:00Z'), 1000) })
  const app = createApp(deps)
  const owner = await signedInUser(deps, { email: 'owner@example.com' })
  const team = await sharedWorkspace(deps, owner)
  const headers = { ...owner.headers, 'X-Workspace-Id': team.id }
  const send = (method: string, path: string, body?: unknown) =>
    app.request(`/v1${path}`, {
      method,
      headers: { ...headers, 'Content-Type': 'application/json', 'User-Agent': '=cmd|calc' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
  await send('PATCH', `/workspaces/${team.id}`, { name: '=HYPERLINK("http://evil","x")' })
  await send('POST', `/workspaces/${team.id}/invitations`, {
    email: 'a@example.com',
    role: 'member',
  })
  await send('POST', `/workspaces/${team.id}/invitations`, {
    email: 'b@example.com',
    role: 'viewer',
  })
  return { deps, app, owner, team, headers }
}

describe('/v1/audit-events', () => {
  it('filters by action, actor and time, newest first, with pagination', async () => {
    const { app, owner, headers } = await setup()
    const invited = await bodyOf(
      await app.request(`/v1/audit-events?action=member.invited&actorId=${owner.user.id}&limit=1`, {
        headers,
      }),
    )
    expect(invited.items).toHaveLength(1)
    expect(invited.items[0].target.label).toBe('b@example.com')
    const next = await bodyOf(
      await app.request(`/v1/audit-events?action=member.invited&cursor=${invited.nextCursor}`, {
        headers,
      }),
    )
    expect(next.items.map((e: { target: { label: string } }) => e.target.label)).toEqual([
      'a@example.com',
    ])
    const none = await bodyOf(
      await app.request('/v1/audit-events?from=2030-01-01T00:00:00Z', { headers }),
    )
    expect(none.items).toEqual([])
  })

  it('exports CSV with a header row and defused formulas', async () => {
    const { app, headers } = await setup()
    const response = await app.request('/v1/audit-events/export?format=csv', { headers })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="audit-ws_/)
    const lines = (await response.text()).split('\r\n')
    expect(lines[0]).toMatch(/^id,at,action,outcome,actorType,actorId,actorLabel,/)
    const renamed = lines.find((line) => line.includes('workspace.renamed')) ?? ''
    expect(renamed).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`)
    expect(renamed).toContain(",'=cmd|calc,")
    expect(renamed).not.toMatch(/,=/)
  })

  it('exports CSV for Accept: text/csv and a JSON array otherwise', async () => {
    const { app, headers } = await setup()
    const csv = await app.request('/v1/audit-events/export', {
      headers: { ...headers, Accept: 'text/csv' },
    })
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    const json = await app.request('/v1/audit-events/export?action=member.invited', { headers })
    expect(json.headers.get('content-type')).toMatch(/^application\/json/)
    const events = await bodyOf(json)
    expect(Array.isArray(events)).toBe(true)
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'member.invited',
      'member.invited',
    ])
  })

  it('is closed to members and rejects an unknown format or action', async () => {
    const { deps, app, team, headers } = await setup()
    const member = await signedInUser(deps)
    await join(deps, team, member, 'member')
    const denied = await app.request('/v1/audit-events', {
      headers: { ...member.headers, 'X-Workspace-Id': team.id },
    })
    expect(denied.status).toBe(403)
    expect((await bodyOf(denied)).detail).toMatch(/seeAnalytics/)
    for (const path of [
      '/export?format=xlsx',
      '/export?action=drop_table',
      '/export?from=yesterday',
      '?limit=1000',
      '?limit=0',
      '?cursor=%20',
    ])
      expect((await app.request(`/v1/audit-events${path}`, { headers })).status).toBe(422)
  })
})
