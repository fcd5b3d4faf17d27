import {
  cancelWorkflowExecution,
  decideWorkflowApproval,
  getWorkflowExecution,
  listWorkflowExecutions,
  startTemplateExecution,
  startWorkflowExecution,
  type WorkflowRunPorts,
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
  ApproveBody,
  ExecutionListQuery,
  executionDetailsView,
  executionView,
  StartExecutionBody,
  StartTemplateExecutionBody,
  WorkflowExecutionDetailsView,
  WorkflowExecutionView,
} from './workflow-execution-schemas'

const tags = ['Workflow executions']
const headers = WorkspaceHeader
const param = (name: string) =>
  z.object({ [name]: Id.openapi({ param: { name, in: 'path' } }) }) as z.ZodObject<
    Record<string, typeof Id>
  >
const route = (method: 'get' | 'post', path: string, summary: string) =>
  ({ method, path, tags, summary, security: anyCaller }) as const
const started = {
  202: {
    ...json(WorkflowExecutionView, 'Started; poll GET /v1/workflows/executions/{id} (Location)'),
    headers: z.object({ Location: z.string() }),
  },
}

/** The ports of the execution use cases, from the app's dependencies. */
export const workflowRunPorts = (deps: AppDependencies): WorkflowRunPorts => ({
  ...deps.workflowRuns,
  workflows: deps.workflows,
  audit: deps.audit,
  workspaces: deps.workspaces,
  ...(deps.chat.prices ? { prices: deps.chat.prices } : {}),
  events: deps.events,
  ...(deps.clock ? { clock: deps.clock } : {}),
})

const location = (id: string) => `/v1/workflows/executions/${id}`

/**
 * Starting executions, mounted on `/v1/workflows`: `POST /{id}/executions` runs a saved
 * workflow, `POST /templates/{id}/executions` a built-in template, `GET /{id}/executions` lists
 * one workflow's runs. Starting needs `write` and answers 202 with the RUNNING execution.
 */
export function workflowStartRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const ports = workflowRunPorts(deps)
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/templates/{id}/executions', 'Run a built-in template directly'),
        middleware: writer,
        request: { headers, params: param('id'), body: jsonBody(StartTemplateExecutionBody) },
        responses: { ...started, ...problems(400, 401, 403, 404, 413, 422, 503) },
      }),
      async (c) => {
        const execution = await startTemplateExecution(ports, actingIn(c, deps), {
          templateId: c.req.valid('param').id as string,
          input: c.req.valid('json').input,
        })
        c.header('Location', location(execution.id))
        return c.json(executionView(execution), 202)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/executions', 'Run a workflow (its current or a named version)'),
        middleware: writer,
        request: { headers, params: param('id'), body: jsonBody(StartExecutionBody) },
        responses: { ...started, ...problems(400, 401, 403, 404, 413, 422, 503) },
      }),
      async (c) => {
        const { input, version } = c.req.valid('json')
        const execution = await startWorkflowExecution(ports, actingIn(c, deps), {
          workflowId: c.req.valid('param').id as string,
          input,
          ...(version === undefined ? {} : { version }),
        })
        c.header('Location', location(execution.id))
        return c.json(executionView(execution), 202)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/executions', 'A workflow’s executions, newest first'),
        middleware: reader,
        request: {
          headers,
          params: param('id'),
          query: PageQuery.extend({ status: ExecutionListQuery.shape.status }),
        },
        responses: {
          200: json(pageSchema(WorkflowExecutionView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const query = c.req.valid('query')
        const found = await listWorkflowExecutions(ports, actingIn(c, deps), {
          workflowId: c.req.valid('param').id as string,
          ...(query.status ? { status: query.status } : {}),
          page: pageOf(query),
        })
        return c.json(mapPage(found, executionView), 200)
      },
    )
}

/**
 * `/v1/workflows/executions`: every execution of the workspace (`read`), one with its node
 * runs, tokens and cost; cancelling and deciding approvals need `write`.
 */
export function workflowExecutionRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const ports = workflowRunPorts(deps)
  const byId = { headers, params: param('executionId') }
  const details = (description: string) => ({
    200: json(WorkflowExecutionDetailsView, description),
  })
  return createRouter()
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s workflow executions, newest first'),
        middleware: reader,
        request: { headers, query: PageQuery.extend(ExecutionListQuery.shape) },
        responses: {
          200: json(pageSchema(WorkflowExecutionView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { workflowId, status, ...page } = c.req.valid('query')
        const found = await listWorkflowExecutions(ports, actingIn(c, deps), {
          ...(workflowId ? { workflowId } : {}),
          ...(status ? { status } : {}),
          page: pageOf(page),
        })
        return c.json(mapPage(found, executionView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{executionId}', 'An execution: status, output, node runs, cost'),
        middleware: reader,
        request: byId,
        responses: { ...details('The execution'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const executionId = c.req.valid('param').executionId as string
        const found = await getWorkflowExecution(ports, actingIn(c, deps), { executionId })
        return c.json(executionDetailsView(found), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{executionId}/cancel', 'Cancel a running execution'),
        middleware: writer,
        request: byId,
        responses: { ...details('The execution, ABORTED'), ...problems(401, 403, 404, 409, 422) },
      }),
      async (c) => {
        const executionId = c.req.valid('param').executionId as string
        const ended = await cancelWorkflowExecution(ports, actingIn(c, deps), { executionId })
        return c.json(executionDetailsView(ended), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{executionId}/approve', 'Approve (or reject) a pending approval'),
        middleware: writer,
        request: { ...byId, body: jsonBody(ApproveBody) },
        responses: {
          ...details('The execution, going on'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const body = c.req.valid('json')
        const execution = await decideWorkflowApproval(ports, actingIn(c, deps), {
          executionId: c.req.valid('param').executionId as string,
          ...(body.approvalId ? { approvalId: body.approvalId } : {}),
          ...(body.approved === undefined ? {} : { approved: body.approved }),
          ...(body.comment ? { comment: body.comment } : {}),
        })
        return c.json(executionDetailsView(execution), 200)
      },
    )
}
