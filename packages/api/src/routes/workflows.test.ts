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

const summarize = {
  name: 'Summarize',
  nodes: [
    { id: 'summary', type: 'llm', config: { prompt: 'Summarise {{ $.input.text }}' } },
    { id: 'review', type: 'llm', config: { prompt: 'Check {{ $.nodes.summary.text }}' } },
  ],
  edges: [{ from: 'summary', to: 'review' }],
}

async function setup(overrides: Parameters<typeof testDependencies>[0] = {}) {
  const deps = testDependencies(overrides)
  const app = createApp(deps)
  const owner = await signedInUser(deps)
  const viewer = await signedInUser(deps)
  const team = await sharedWorkspace(deps, owner)
  await join(deps, team, viewer, 'viewer')
  const as =
    (user: TestUser, workspaceId = team.id) =>
    async (method: string, path: string, body?: unknown) => {
      const response = await app.request(`/v1/workflows${path}`, {
        method,
        headers: inWorkspace(user.headers, workspaceId),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: response.status, body: await bodyOf(response.clone()).catch(() => null) }
    }
  const call = as(owner)
  const created = await call('POST', '', { definition: summarize, description: 'Two steps' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return { deps, owner, viewer, team, as, call, workflow: created.body }
}

describe('/v1/workflows', () => {
  it('creates a workflow at version 1, named after its definition, with defaults applied', async () => {
    const { call, workflow, owner, team, deps } = await setup()
    expect(workflow).toMatchObject({
      name: 'Summarize',
      description: 'Two steps',
      version: 1,
      workspaceId: team.id,
      createdBy: owner.user.id,
    })
    // The schema's defaults are saved, so what runs later is what was checked now.
    expect(workflow.definition.nodes[0].config).toMatchObject({ output: 'text', format: 'text' })
    expect(await call('GET', `/${workflow.id}`)).toEqual({ status: 200, body: workflow })
    expect((await call('GET', '')).body.items.map((w: { id: string }) => w.id)).toEqual([
      workflow.id,
    ])
    const events = await deps.audit.query(team.id, { action: 'workflow.created' }, { limit: 5 })
    expect(events.items).toHaveLength(1)
  })

  it('refuses an invalid definition with 422 naming every problem, and saves nothing', async () => {
    const { call } = await setup()
    const refused = await call('POST', '', {
      definition: {
        name: 'Broken',
        nodes: [
          { id: 'fetch', type: 'tool', config: { tool: 'no_such_tool' } },
          { id: 'answer', type: 'llm', config: { prompt: 'Hi', profileId: 'prf_missing' } },
          { id: 'late', type: 'wait', config: {} },
        ],
        edges: [{ from: 'fetch', to: 'nowhere' }],
      },
    })
    expect(refused.status).toBe(422)
    const errors: { path: string; message: string }[] = refused.body.errors
    expect(errors.length).toBeGreaterThanOrEqual(3)
    for (const error of errors) {
      expect(error.path).toMatch(/^json\.definition(\.|$)/)
      expect(error.message).toMatch(/^(schema|structure|security|reference)\.\w+: /)
    }
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          path: 'json.definition.nodes.0.config.tool',
          message: expect.stringMatching(/^security\./),
        },
        {
          path: 'json.definition.nodes.1.config.profileId',
          message: expect.stringMatching(/^reference\./),
        },
        {
          path: 'json.definition.nodes.2.config.seconds',
          message: expect.stringMatching(/^schema\./),
        },
      ]),
    )
    expect((await call('GET', '')).body.items).toHaveLength(1)
  })

  it('validates without saving: 200 for a good definition, 422 for a bad one, viewers too', async () => {
    const { as, viewer, call } = await setup()
    expect(await as(viewer)('POST', '/validate', { definition: summarize })).toEqual({
      status: 200,
      body: { valid: true },
    })
    const bad = await call('POST', '/validate', { definition: { name: 'x', nodes: [] } })
    expect(bad.status).toBe(422)
    expect(bad.body.errors[0].path).toBe('json.definition.nodes')
    expect((await call('GET', '')).body.items).toHaveLength(1)
  })

  it('refuses a definition over the size limit with 413', async () => {
    const { call } = await setup({
      config: { CORS_ORIGINS: [], MAX_BODY_BYTES: 1_000_000, LOG_LEVEL: 'SILENT' },
    })
    const huge = { ...summarize, description: 'x'.repeat(310_000) }
    const refused = await call('POST', '/validate', { definition: huge })
    expect(refused.status).toBe(413)
    expect(refused.body.code).toBe('request.tooLarge')
  })

  it('versions every edit, refuses a stale one, and keeps each old version', async () => {
    const { call, workflow } = await setup()
    const renamed = await call('PATCH', `/${workflow.id}`, { name: 'Digest', expectedVersion: 1 })
    expect(renamed.body).toMatchObject({ version: 2, name: 'Digest', description: 'Two steps' })
    const shorter = { ...summarize, nodes: [summarize.nodes[0]], edges: [] }
    const edited = await call('PATCH', `/${workflow.id}`, {
      definition: shorter,
      description: null,
    })
    expect(edited.status).toBe(200)
    expect(edited.body.version).toBe(3)
    expect(edited.body.description).toBeUndefined()
    expect(edited.body.definition.nodes).toHaveLength(1)

    const stale = await call('PATCH', `/${workflow.id}`, { name: 'Late', expectedVersion: 2 })
    expect(stale.status).toBe(409)
    const invalid = await call('PATCH', `/${workflow.id}`, { definition: { nodes: 'none' } })
    expect(invalid.status).toBe(422)

    const versions = await call('GET', `/${workflow.id}/versions?limit=2`)
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([3, 2])
    expect(versions.body.nextCursor).not.toBeNull()
    const first = await call('GET', `/${workflow.id}/versions/1`)
    expect(first.body).toMatchObject({ workflowId: workflow.id, version: 1, name: 'Summarize' })
    expect(first.body.definition.nodes).toHaveLength(2)
    expect((await call('GET', `/${workflow.id}/versions/9`)).status).toBe(404)
  })

  it('deletes a workflow with its versions, answering what went', async () => {
    const { call, workflow } = await setup()
    await call('PATCH', `/${workflow.id}`, { name: 'Again' })
    expect(await call('DELETE', `/${workflow.id}`)).toEqual({
      status: 200,
      body: { deleted: { workflowId: workflow.id, versions: 2 } },
    })
    expect((await call('GET', `/${workflow.id}`)).status).toBe(404)
    expect((await call('DELETE', `/${workflow.id}`)).status).toBe(404)
  })

  it('lets a viewer read but not write, and hides workflows from other workspaces', async () => {
    const { as, viewer, owner, workflow, deps } = await setup()
    expect((await as(viewer)('GET', `/${workflow.id}`)).status).toBe(200)
    expect((await as(viewer)('PATCH', `/${workflow.id}`, { name: 'No' })).status).toBe(403)
    expect((await as(viewer)('POST', '', { definition: summarize })).status).toBe(403)
    const elsewhere = await sharedWorkspace(deps, owner, 'Elsewhere')
    expect((await as(owner, elsewhere.id)('GET', `/${workflow.id}`)).status).toBe(404)
    expect((await as(owner, elsewhere.id)('GET', '')).body.items).toEqual([])
  })

  it('lists the built-in templates, each of which validates', async () => {
    const { call } = await setup({
      config: { CORS_ORIGINS: [], MAX_BODY_BYTES: 100_000, LOG_LEVEL: 'SILENT' },
    })
    const templates = await call('GET', '/templates')
    expect(templates.status).toBe(200)
    expect(templates.body.items.length).toBeGreaterThanOrEqual(4)
    for (const template of templates.body.items) {
      expect(template).toMatchObject({ id: expect.any(String), nodes: expect.any(Array) })
      const { id: _, ...definition } = template
      const checked = await call('POST', '/validate', { definition })
      expect(checked, template.id).toEqual({ status: 200, body: { valid: true } })
    }
  })
})
