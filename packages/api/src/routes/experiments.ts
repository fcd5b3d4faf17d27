import {
  changeExperimentStatus,
  createExperiment,
  deleteExperiment,
  type ExperimentCommand,
  getExperiment,
  getExperimentAssignment,
  getExperimentResults,
  listExperiments,
  recordExperimentEvent,
  updateExperiment,
} from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  anyCaller,
  Id,
  json,
  jsonBody,
  mapPage,
  PageQuery,
  pageOf,
  pageSchema,
  problems,
  WorkspaceHeader,
} from './access-schemas'
import {
  AssignmentView,
  ExperimentDeletedView,
  ExperimentEventBody,
  ExperimentPatchBody,
  ExperimentView,
  experimentView,
  NewExperimentBody,
  RecordedEventView,
  ResultsView,
  resultsView,
} from './experiment-schemas'

const tags = ['Experiments']
const headers = WorkspaceHeader
const idParam = Id.openapi({ param: { name: 'id', in: 'path' } })
const byId = { headers, params: z.object({ id: idParam }) }

const lifecycle: Record<ExperimentCommand, string> = {
  start: 'Start a draft (409 if another experiment runs on its target)',
  pause: 'Pause a running experiment (answers go back to normal)',
  resume: 'Resume a paused experiment',
  complete: 'Complete a running or paused experiment (final)',
}

/**
 * `/v1/experiments`: A/B tests of the current workspace (`X-Workspace-Id`, else the personal
 * one). Reading (and asking for one's own variant) needs `read`; creating, editing (drafts
 * only), the lifecycle and custom events need `write`. An illegal lifecycle move is a 409.
 */
export function experimentsRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  const one = (description: string) => ({ 200: json(ExperimentView, description) })
  let app = createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Create an experiment (a draft)'),
        middleware: writer,
        request: { headers, body: jsonBody(NewExperimentBody) },
        responses: { 201: json(ExperimentView, 'Created'), ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const experiment = await createExperiment(deps, actingIn(c, deps), c.req.valid('json'))
        return c.json(experimentView(experiment), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s experiments, newest first'),
        middleware: reader,
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(ExperimentView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const found = await listExperiments(deps, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(found, experimentView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'An experiment'),
        middleware: reader,
        request: byId,
        responses: { ...one('The experiment'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const experimentId = c.req.valid('param').id
        const found = await getExperiment(deps, actingIn(c, deps), { experimentId })
        return c.json(experimentView(found), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('patch', '/{id}', 'Edit a draft'),
        middleware: writer,
        request: { ...byId, body: jsonBody(ExperimentPatchBody) },
        responses: { ...one('The experiment'), ...problems(400, 401, 403, 404, 409, 422) },
      }),
      async (c) => {
        const { expectedVersion, description, ...rest } = c.req.valid('json')
        const patch = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
        const updated = await updateExperiment(deps, actingIn(c, deps), {
          experimentId: c.req.valid('param').id,
          patch: { ...patch, ...(description === undefined ? {} : { description }) },
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
        })
        return c.json(experimentView(updated), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/{id}', 'Delete an experiment with its assignments and metrics'),
        middleware: writer,
        request: byId,
        responses: {
          200: json(ExperimentDeletedView, 'What was deleted'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const experimentId = c.req.valid('param').id
        return c.json(await deleteExperiment(deps, actingIn(c, deps), { experimentId }), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/assignment', 'Your variant (sticky: assigned on first use)'),
        middleware: reader,
        request: byId,
        responses: { 200: json(AssignmentView, 'Your variant'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const experimentId = c.req.valid('param').id
        return c.json(await getExperimentAssignment(deps, actingIn(c, deps), { experimentId }), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/events', 'Count a custom event for your variant'),
        middleware: writer,
        request: { ...byId, body: jsonBody(ExperimentEventBody) },
        responses: {
          200: json(RecordedEventView, 'Counted'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const { name, value } = c.req.valid('json')
        const recorded = await recordExperimentEvent(deps, actingIn(c, deps), {
          experimentId: c.req.valid('param').id,
          name,
          ...(value === undefined ? {} : { value }),
        })
        return c.json(recorded, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/results', 'Per-variant results with intervals and tests'),
        middleware: reader,
        request: byId,
        responses: { 200: json(ResultsView, 'The results'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const experimentId = c.req.valid('param').id
        const results = await getExperimentResults(deps, actingIn(c, deps), { experimentId })
        return c.json(resultsView(results), 200)
      },
    )
  for (const command of Object.keys(lifecycle) as ExperimentCommand[])
    app = app.openapi(
      createRoute({
        ...route('post', `/{id}/${command}`, lifecycle[command]),
        middleware: writer,
        request: byId,
        responses: { ...one('The experiment'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) => {
        const experimentId = c.req.valid('param').id
        const changed = await changeExperimentStatus(deps, actingIn(c, deps), {
          experimentId,
          command,
        })
        return c.json(experimentView(changed), 200)
      },
    )
  return app
}
