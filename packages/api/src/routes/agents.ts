import {
  agentMetrics,
  createAgent,
  deleteAgent,
  getAgent,
  listAgents,
  routeToAgent,
  updateAgent,
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
  AgentDeletedView,
  AgentMetricsViewSchema,
  AgentPatchBody,
  AgentRoutingView,
  AgentView,
  agentView,
  metricsView,
  NewAgentBody,
  RouteBody,
  routingView,
} from './agent-schemas'

const tags = ['Agents']
const headers = WorkspaceHeader
const byId = {
  headers,
  params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
}

/**
 * `/v1/agents`: the current workspace's agents (`X-Workspace-Id`, else the personal one), named
 * assistants made of a system prompt or prompt template, a profile, tools and a knowledge
 * scope. Reading and routing need `read`, changing `write`. A conversation is started with an
 * agent by `POST /v1/conversations { agentId }`; `POST /route` finds the agent for a message.
 */
export function agentsRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Create an agent'),
        middleware: writer,
        request: { headers, body: jsonBody(NewAgentBody) },
        responses: { 201: json(AgentView, 'Created'), ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const agent = await createAgent(deps, actingIn(c, deps), c.req.valid('json'))
        return c.json(agentView(agent), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s agents, newest first'),
        middleware: reader,
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(AgentView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listAgents(deps, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(page, agentView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/route', 'The agent that best fits a message, with the runner-ups'),
        middleware: reader,
        request: { headers, body: jsonBody(RouteBody) },
        responses: {
          200: json(AgentRoutingView, 'The best agent (null without agents)'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const routing = await routeToAgent(deps, actingIn(c, deps), c.req.valid('json'))
        return c.json(routingView(routing), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'An agent (another workspace’s id is a 404)'),
        middleware: reader,
        request: byId,
        responses: { 200: json(AgentView, 'The agent'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const agent = await getAgent(deps, actingIn(c, deps), { agentId: c.req.valid('param').id })
        return c.json(agentView(agent), 200)
      },
    )
    .openapi(
      createRoute({
        ...route(
          'patch',
          '/{id}',
          'Change some settings; null removes a template, profile or knowledge',
        ),
        middleware: writer,
        request: { ...byId, body: jsonBody(AgentPatchBody) },
        responses: {
          200: json(AgentView, 'The changed agent'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const agentId = c.req.valid('param').id
        const patch = c.req.valid('json')
        const agent = await updateAgent(deps, actingIn(c, deps), { agentId, patch })
        return c.json(agentView(agent), 200)
      },
    )
    .openapi(
      createRoute({
        ...route(
          'delete',
          '/{id}',
          'Delete an agent with its metrics; its conversations go on without it',
        ),
        middleware: writer,
        request: byId,
        responses: {
          200: json(AgentDeletedView, 'What was deleted'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const agentId = c.req.valid('param').id
        const deleted = await deleteAgent(deps, actingIn(c, deps), { agentId })
        return c.json({ deleted }, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/metrics', 'Conversations, answers, tokens, tool calls, feedback'),
        middleware: reader,
        request: byId,
        responses: {
          200: json(AgentMetricsViewSchema, 'The agent’s metrics'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const agentId = c.req.valid('param').id
        return c.json(metricsView(await agentMetrics(deps, actingIn(c, deps), { agentId })), 200)
      },
    )
}
