import { describe, expect, it } from 'vitest'
import { createApp } from '../app'
import {
  bodyOf,
  inWorkspace,
  join,
  sharedWorkspace,
  signedInUser,
  type TestUser,
} from '../test-callers'
import { testDependencies } from '../test-support'

const summary = {
  name: 'Summary',
  template: 'Summarise {{ text }} in {{words}} words.',
  variables: [
    { name: 'text', type: 'string' },
    { name: 'words', type: 'number', default: 50 },
  ],
  category: 'Writing',
  tags: ['Short'],
}

async function setup() {
  const deps = testDependencies()
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const viewer = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, viewer, 'viewer')
  const as =
    (user: TestUser, workspaceId = team.id) =>
    async (method: string, path: string, body?: unknown) => {
      const response = await app.request(`/v1/prompts${path}`, {
        method,
        headers: inWorkspace(user.headers, workspaceId),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: response.status, body: await bodyOf(response.clone()).catch(() => null) }
    }
  const call = as(owner)
  const created = await call('POST', '', summary)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { deps, owner, viewer, team, as, call, prompt: created.body }
}

describe('/v1/prompts', () => {
  it('creates a prompt and renders it with values and defaults, counting each use', async () => {
    const { call, prompt } = await setup()
    expect(prompt).toMatchObject({
      name: 'Summary',
      version: 1,
      uses: 0,
      category: 'Writing',
      tags: ['short'],
      variables: [
        { name: 'text', type: 'string', required: true },
        { name: 'words', type: 'number', required: false, default: 50 },
      ],
    })
    const rendered = await call('POST', `/${prompt.id}/render`, { variables: { text: 'a memo' } })
    expect(rendered).toEqual({
      status: 200,
      body: { text: 'Summarise a memo in 50 words.', promptId: prompt.id, version: 1 },
    })
    await call('POST', `/${prompt.id}/render`, { variables: { text: 'x', words: '10' } })
    expect((await call('GET', `/${prompt.id}`)).body.uses).toBe(2)
  })

  it('answers 422 naming a missing variable and a value of the wrong type', async () => {
    const { call, prompt } = await setup()
    const missing = await call('POST', `/${prompt.id}/render`, { variables: {} })
    expect(missing.status).toBe(422)
    expect(missing.body.errors).toEqual([
      { path: 'variables.text', message: 'Give a value for the required variable "text".' },
    ])
    const wrong = await call('POST', `/${prompt.id}/render`, {
      variables: { text: 'x', words: 'many' },
    })
    expect(wrong.status).toBe(422)
    expect(wrong.body.errors).toEqual([
      { path: 'variables.words', message: 'The variable "words" takes a number.' },
    ])
    // A failed render is no use.
    expect((await call('GET', `/${prompt.id}`)).body.uses).toBe(0)
  })

  it('refuses at create a placeholder no variable declares, and a variable never used', async () => {
    const { call } = await setup()
    const refused = await call('POST', '', {
      name: 'Broken',
      template: 'Hello {{who}}',
      variables: [{ name: 'whom' }],
    })
    expect(refused.status).toBe(422)
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'template', message: expect.stringContaining('{{who}}') },
        { path: 'variables.0.name', message: expect.stringContaining('never uses "{{whom}}"') },
      ]),
    )
    expect((await call('GET', '')).body.items).toHaveLength(1)
  })

  it('versions every edit, refuses a stale one, rolls back as a new version, and clones', async () => {
    const { call, prompt } = await setup()
    const edited = await call('PATCH', `/${prompt.id}`, {
      template: 'TL;DR {{text}}',
      variables: [{ name: 'text' }],
      expectedVersion: 1,
    })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ version: 2, template: 'TL;DR {{text}}' })
    const stale = await call('PATCH', `/${prompt.id}`, { name: 'Late', expectedVersion: 1 })
    expect(stale.status).toBe(409)

    const rolled = await call('POST', `/${prompt.id}/rollback`, { version: 1 })
    expect(rolled.body).toMatchObject({ version: 3, template: summary.template })
    const versions = await call('GET', `/${prompt.id}/versions?limit=2`)
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2])
    expect(versions.body.nextCursor).not.toBeNull()
    const v2 = await call('GET', `/${prompt.id}/versions/2`)
    expect(v2.body).toMatchObject({ promptId: prompt.id, version: 2, template: 'TL;DR {{text}}' })
    expect((await call('GET', `/${prompt.id}/versions/7`)).status).toBe(404)
    const old = await call('POST', `/${prompt.id}/render`, { variables: { text: 'y' }, version: 2 })
    expect(old.body).toEqual({ text: 'TL;DR y', promptId: prompt.id, version: 2 })

    const copy = await call('POST', `/${prompt.id}/clone`, {})
    expect(copy.status).toBe(201)
    expect(copy.body).toMatchObject({ name: 'Summary (copy)', version: 1, uses: 0 })
    const named = await call('POST', `/${prompt.id}/clone`, { name: 'Mine' })
    expect(named.body.name).toBe('Mine')

    const byTag = await call('GET', '?tag=SHORT&limit=10')
    expect(byTag.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Mine',
      'Summary (copy)',
      'Summary',
    ])
    expect((await call('GET', '?category=Other')).body.items).toEqual([])

    const deleted = await call('DELETE', `/${prompt.id}`)
    expect(deleted).toEqual({
      status: 200,
      body: { deleted: { promptId: prompt.id, versions: 3 } },
    })
    expect((await call('GET', `/${prompt.id}`)).status).toBe(404)
  })

  it('hides a prompt from another workspace, and lets a viewer read and render but not change', async () => {
    const { deps, as, viewer, prompt } = await setup()
    const stranger = await signedInUser(deps)
    const outside = as(stranger, stranger.personalWorkspaceId)
    expect((await outside('GET', `/${prompt.id}`)).status).toBe(404)
    expect(
      (await outside('POST', `/${prompt.id}/render`, { variables: { text: 'x' } })).status,
    ).toBe(404)

    const asViewer = as(viewer)
    expect((await asViewer('GET', `/${prompt.id}`)).status).toBe(200)
    expect((await asViewer('GET', '')).body.items).toHaveLength(1)
    const rendered = await asViewer('POST', `/${prompt.id}/render`, { variables: { text: 'x' } })
    expect(rendered.status).toBe(200)
    expect((await asViewer('POST', '', summary)).status).toBe(403)
    expect((await asViewer('PATCH', `/${prompt.id}`, { name: 'No' })).status).toBe(403)
    expect((await asViewer('POST', `/${prompt.id}/rollback`, { version: 1 })).status).toBe(403)
    expect((await asViewer('DELETE', `/${prompt.id}`)).status).toBe(403)
  })
})
