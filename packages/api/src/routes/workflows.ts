import {
  createWorkflow,
  deleteWorkflow,
  getWorkflow,
  getWorkflowVersion,
  listWorkflows,
  listWorkflowVersions,
  updateWorkflow,
  validateWorkflowDefinition,
  workflowTemplates,
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
  Problem,
  pageOf,
  pageSchema,
  problems,
  WorkspaceHeader,
} from './access-schemas'
import {
  NewWorkflowBody,
  ValidateBody,
  ValidView,
  VersionParam,
  WorkflowDeletedView,
  WorkflowPatchBody,
  WorkflowTemplateView,
  WorkflowVersionView,
  WorkflowView,
  workflowTemplateView,
  workflowVersionView,
  workflowView,
} from './workflow-schemas'

const tags = ['Workflows']
const headers = WorkspaceHeader
const idParam = Id.openapi({ param: { name: 'id', in: 'path' } })
const byId = { headers, params: z.object({ id: idParam }) }
const one = (description: string) => ({ 200: json(WorkflowView, description) })
const tooLarge = {
  413: {
    description: 'The definition is over the size limit',
    content: { 'application/problem+json': { schema: Problem } },
  },
}

/**
 * `/v1/workflows`: the current workspace's workflow definitions (`X-Workspace-Id`, else the
 * personal one). Reading and validating need `read`, changing `write`. Every change saves a new
 * version; a definition is checked in the workspace (its tools, profiles, prompts, agents and
 * documents) before it is saved, and a 422 lists every problem.
 */
export function workflowsRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const ports = {
    ...deps,
    documents: deps.knowledge.documents,
    triggers: deps.workflowRuns.triggers,
    machines: deps.workflowRuns.machines,
  }
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Create a workflow (version 1)'),
        middleware: writer,
        request: { headers, body: jsonBody(NewWorkflowBody) },
        responses: {
          201: json(WorkflowView, 'Created'),
          ...problems(400, 401, 403, 404, 422),
          ...tooLarge,
        },
      }),
      async (c) => {
        const workflow = await createWorkflow(ports, actingIn(c, deps), c.req.valid('json'))
        return c.json(workflowView(workflow), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s workflows, newest first'),
        middleware: reader,
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(WorkflowView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const found = await listWorkflows(deps, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(found, workflowView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/validate', 'Check a definition without saving it'),
        middleware: reader,
        request: { headers, body: jsonBody(ValidateBody) },
        responses: {
          200: json(ValidView, 'Valid'),
          ...problems(400, 401, 403, 404, 422),
          ...tooLarge,
        },
      }),
      async (c) => {
        const { definition } = c.req.valid('json')
        return c.json(
          await validateWorkflowDefinition(ports, actingIn(c, deps), { definition }),
          200,
        )
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/templates', 'The built-in workflow templates'),
        middleware: reader,
        request: { headers },
        responses: {
          200: json(z.object({ items: z.array(WorkflowTemplateView) }), 'Every template'),
          ...problems(401, 403, 404),
        },
      }),
      (c) => c.json({ items: workflowTemplates.map(workflowTemplateView) }, 200),
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'A workflow at its current version'),
        middleware: reader,
        request: byId,
        responses: { ...one('The workflow'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const workflowId = c.req.valid('param').id
        return c.json(workflowView(await getWorkflow(deps, actingIn(c, deps), { workflowId })), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('patch', '/{id}', 'Change a workflow: saves a new version'),
        middleware: writer,
        request: { ...byId, body: jsonBody(WorkflowPatchBody) },
        responses: {
          ...one('The workflow at its new version'),
          ...problems(400, 401, 403, 404, 409, 422),
          ...tooLarge,
        },
      }),
      async (c) => {
        const { expectedVersion, name, description, definition } = c.req.valid('json')
        const workflow = await updateWorkflow(ports, actingIn(c, deps), {
          workflowId: c.req.valid('param').id,
          patch: {
            ...(name === undefined ? {} : { name }),
            ...(description === undefined ? {} : { description }),
            ...(definition === undefined ? {} : { definition }),
          },
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
        })
        return c.json(workflowView(workflow), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/{id}', 'Delete a workflow with all its versions'),
        middleware: writer,
        request: byId,
        responses: {
          200: json(WorkflowDeletedView, 'What was deleted'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const workflowId = c.req.valid('param').id
        return c.json(await deleteWorkflow(ports, actingIn(c, deps), { workflowId }), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/versions', 'A workflow’s versions, newest first'),
        middleware: reader,
        request: { ...byId, query: PageQuery },
        responses: {
          200: json(pageSchema(WorkflowVersionView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const found = await listWorkflowVersions(deps, actingIn(c, deps), {
          workflowId: c.req.valid('param').id,
          page: pageOf(c.req.valid('query')),
        })
        return c.json(mapPage(found, workflowVersionView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/versions/{version}', 'One version of a workflow'),
        middleware: reader,
        request: { headers, params: z.object({ id: idParam, version: VersionParam }) },
        responses: {
          200: json(WorkflowVersionView, 'The version'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id, version } = c.req.valid('param')
        const found = await getWorkflowVersion(deps, actingIn(c, deps), {
          workflowId: id,
          version,
        })
        return c.json(workflowVersionView(found), 200)
      },
    )
}
