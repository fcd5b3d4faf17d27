import {
  createConversation,
  deleteConversation,
  getConversation,
  listConversations,
  updateConversation,
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
  pageOf,
  pageSchema,
  problems,
  WorkspaceHeader,
} from './access-schemas'
import {
  ConversationListQuery,
  ConversationPatchBody,
  ConversationQuery,
  ConversationView,
  ConversationWithMessagesView,
  conversationView,
  NewConversationBody,
  withMessagesView,
} from './conversation-schemas'
import { conversationTreeRoutes } from './conversation-tree'

const tags = ['Conversations']
const headers = WorkspaceHeader
const byId = {
  headers,
  params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
}

const DeletedView = z
  .object({ deleted: z.object({ conversationId: z.string(), messages: z.number().int() }) })
  .openapi('ConversationDeleted')

/**
 * `/v1/conversations`: the caller's conversations in the current workspace (`X-Workspace-Id`,
 * else the personal one). A conversation is private to whoever started it (an API key acts for
 * its creator): anyone else, admins and the owner included, gets a 404 and never sees it listed.
 * Reading needs `read`; anything else `write`. Messages, branches, forks and feedback are in
 * ./conversation-tree; posting and streaming answers in ./conversation-messages.
 */
export function conversationsRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Start a conversation'),
        middleware: writer,
        request: { headers, body: jsonBody(NewConversationBody) },
        responses: { 201: json(ConversationView, 'Created'), ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const made = await createConversation(deps, actingIn(c, deps), c.req.valid('json'))
        return c.json(conversationView(made), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'Your conversations, newest activity first; q searches titles'),
        middleware: reader,
        request: { headers, query: ConversationListQuery },
        responses: {
          200: json(pageSchema(ConversationView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { archived, q, ...page } = c.req.valid('query')
        const found = await listConversations(deps, actingIn(c, deps), {
          archived: archived === 'true',
          ...(q === undefined ? {} : { q }),
          page: pageOf(page),
        })
        return c.json(mapPage(found, conversationView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'A conversation with a page of the branch it shows'),
        middleware: reader,
        request: { ...byId, query: ConversationQuery },
        responses: {
          200: json(ConversationWithMessagesView, 'The conversation'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { messages: limit, messagesCursor: cursor } = c.req.valid('query')
        const found = await getConversation(deps, actingIn(c, deps), {
          conversationId: c.req.valid('param').id,
          messages: { limit, ...(cursor ? { cursor } : {}) },
        })
        return c.json(withMessagesView(found), 200)
      },
    )
    .openapi(
      createRoute({
        ...route(
          'patch',
          '/{id}',
          'Rename, archive or unarchive, or change the profile or system prompt template',
        ),
        middleware: writer,
        request: { ...byId, body: jsonBody(ConversationPatchBody) },
        responses: {
          200: json(ConversationView, 'The changed conversation'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const conversationId = c.req.valid('param').id
        const patch = c.req.valid('json')
        const changed = await updateConversation(deps, actingIn(c, deps), { conversationId, patch })
        return c.json(conversationView(changed), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/{id}', 'Delete a conversation with all its messages'),
        middleware: writer,
        request: byId,
        responses: {
          200: json(DeletedView, 'What was deleted'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const conversationId = c.req.valid('param').id
        const deleted = await deleteConversation(deps, actingIn(c, deps), { conversationId })
        return c.json({ deleted }, 200)
      },
    )
    .route('/', conversationTreeRoutes(deps))
}
