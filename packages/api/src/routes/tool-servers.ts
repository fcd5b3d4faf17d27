import {
  callServerTool,
  checkToolServer,
  deleteToolServer,
  getToolServer,
  listServerTools,
  listToolServers,
  registerToolServer,
  setToolEnabled,
  toolServerHealthHistory,
  updateToolServer,
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
  HealthCheckView,
  healthCheckView,
  NewToolServerBody,
  ServerToolsView,
  serverToolsView,
  ToolCallBody,
  ToolCallView,
  ToolEnabledBody,
  ToolServerDeletionView,
  ToolServerPatchBody,
  ToolServerView,
  toolServerView,
  unreachable,
} from './tool-server-schemas'

const tags = ['Tool servers']
const headers = WorkspaceHeader
const idParam = Id.openapi({ param: { name: 'id', in: 'path' } })
const byId = { headers, params: z.object({ id: idParam }) }
const byTool = {
  headers,
  params: z.object({
    id: idParam,
    name: z
      .string()
      .min(1)
      .max(128)
      .openapi({ param: { name: 'name', in: 'path' }, example: 'weather' }),
  }),
}

/**
 * `/v1/tool-servers`: the current workspace's MCP servers. Reading (servers, their tools, their
 * health history) needs `read`; registering, changing, deleting, switching tools, checking and
 * calling need `write`, like every other resource of a workspace. Header values are write-only:
 * stored encrypted, never answered (only their names). An unreachable server is registered and
 * listed as unhealthy; only a direct call to it answers 502.
 */
export function toolServersRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const route = (
    method: 'get' | 'post' | 'patch' | 'put' | 'delete',
    path: string,
    summary: string,
  ) => ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Register an MCP server; its tools are discovered at once'),
        middleware: writer,
        request: { headers, body: jsonBody(NewToolServerBody) },
        responses: {
          201: json(ToolServerView, 'Registered (unhealthy, with the reason, if unreachable)'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const server = await registerToolServer(deps, actingIn(c, deps), c.req.valid('json'))
        return c.json(toolServerView(server), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s tool servers, newest first'),
        middleware: reader,
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(ToolServerView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listToolServers(deps, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(page, toolServerView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'A tool server'),
        middleware: reader,
        request: byId,
        responses: { 200: json(ToolServerView, 'The server'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const serverId = c.req.valid('param').id
        return c.json(
          toolServerView(await getToolServer(deps, actingIn(c, deps), { serverId })),
          200,
        )
      },
    )
    .openapi(
      createRoute({
        ...route('patch', '/{id}', 'Change a server; a new URL, transport or headers rediscovers'),
        middleware: writer,
        request: { ...byId, body: jsonBody(ToolServerPatchBody) },
        responses: {
          200: json(ToolServerView, 'The changed server'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const serverId = c.req.valid('param').id
        const patch = c.req.valid('json')
        const server = await updateToolServer(deps, actingIn(c, deps), { serverId, patch })
        return c.json(toolServerView(server), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/{id}', 'Delete a server and its health history'),
        middleware: writer,
        request: byId,
        responses: {
          200: json(ToolServerDeletionView, 'What was deleted'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const serverId = c.req.valid('param').id
        const result = await deleteToolServer(deps, actingIn(c, deps), { serverId })
        return c.json(
          { toolServer: toolServerView(result.toolServer), deleted: result.deleted },
          200,
        )
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/tools', 'Its tools, rediscovered now, each with its input schema'),
        middleware: reader,
        request: byId,
        responses: {
          200: json(ServerToolsView, 'The tools (the last known ones when unreachable)'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const serverId = c.req.valid('param').id
        const result = await listServerTools(deps, actingIn(c, deps), { serverId })
        return c.json(serverToolsView(result), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('put', '/{id}/tools/{name}', 'Switch a tool on or off in this workspace'),
        middleware: writer,
        request: { ...byTool, body: jsonBody(ToolEnabledBody) },
        responses: {
          200: json(ToolServerView, 'The server'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id: serverId, name: toolName } = c.req.valid('param')
        const { enabled } = c.req.valid('json')
        const server = await setToolEnabled(deps, actingIn(c, deps), {
          serverId,
          toolName,
          enabled,
        })
        return c.json(toolServerView(server), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/tools/{name}/call', 'Call a tool directly'),
        middleware: writer,
        request: { ...byTool, body: jsonBody(ToolCallBody) },
        responses: {
          200: json(ToolCallView, 'Its answer; isError when the tool reported a failure'),
          ...problems(400, 401, 403, 404, 409, 422),
          ...unreachable,
        },
      }),
      async (c) => {
        const { id: serverId, name: toolName } = c.req.valid('param')
        const body = c.req.valid('json')
        const result = await callServerTool(deps, actingIn(c, deps), {
          serverId,
          toolName,
          ...(body.arguments ? { arguments: body.arguments } : {}),
        })
        return c.json(result, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/check', 'Check its health now and keep the check'),
        middleware: writer,
        request: byId,
        responses: {
          200: json(HealthCheckView, 'Its health (unhealthy with the reason when unreachable)'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const serverId = c.req.valid('param').id
        const health = await checkToolServer(deps, actingIn(c, deps), { serverId })
        return c.json({ ...health, checkedAt: health.checkedAt ?? new Date().toISOString() }, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/health', 'Its health checks, newest first (kept 90 days)'),
        middleware: reader,
        request: { ...byId, query: PageQuery },
        responses: {
          200: json(pageSchema(HealthCheckView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const serverId = c.req.valid('param').id
        const page = await toolServerHealthHistory(deps, actingIn(c, deps), {
          serverId,
          page: pageOf(c.req.valid('query')),
        })
        return c.json(mapPage(page, healthCheckView), 200)
      },
    )
}
