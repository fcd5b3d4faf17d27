import {
  chooseActiveBranch,
  forkConversation,
  getMessage,
  giveFeedback,
  listBranches,
  listMessages,
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
  pageOf,
  pageSchema,
  problems,
  WorkspaceHeader,
} from './access-schemas'
import { MessageView } from './chat-schemas'
import {
  BranchesView,
  ConversationView,
  ConversationWithMessagesView,
  conversationView,
  FeedbackBody,
  MessageChoiceBody,
  MessageListQuery,
  withMessagesView,
} from './conversation-schemas'

const tags = ['Conversations']
const headers = WorkspaceHeader
const param = (name: string) => Id.openapi({ param: { name, in: 'path' } })
const byId = { headers, params: z.object({ id: param('id') }) }
const byMessage = { headers, params: z.object({ id: param('id'), messageId: param('messageId') }) }

/**
 * The message tree of a conversation (mounted by ./conversations): every message in order, one
 * message, the branches at a message, choosing the branch shown, forking, and feedback on
 * answers. Same privacy rule: only the conversation's creator gets anything but a 404.
 */
export function conversationTreeRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const route = (method: 'get' | 'post' | 'put', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('get', '/{id}/messages', 'Every message, all branches, in creation order'),
        middleware: reader,
        request: { ...byId, query: MessageListQuery },
        responses: {
          200: json(pageSchema(MessageView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { order, ...page } = c.req.valid('query')
        const conversationId = c.req.valid('param').id
        const found = await listMessages(deps, actingIn(c, deps), {
          conversationId,
          order,
          page: pageOf(page),
        })
        return c.json(found, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/messages/{messageId}', 'One message'),
        middleware: reader,
        request: byMessage,
        responses: { 200: json(MessageView, 'The message'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const { id: conversationId, messageId } = c.req.valid('param')
        return c.json(await getMessage(deps, actingIn(c, deps), { conversationId, messageId }), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/messages/{messageId}/branches', 'The message and its siblings'),
        middleware: reader,
        request: byMessage,
        responses: { 200: json(BranchesView, 'The branches'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const { id: conversationId, messageId } = c.req.valid('param')
        const branches = await listBranches(deps, actingIn(c, deps), { conversationId, messageId })
        return c.json({ ...branches, nextCursor: null }, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/active-branch', 'Show the newest branch under a message'),
        middleware: writer,
        request: { ...byId, body: jsonBody(MessageChoiceBody) },
        responses: {
          200: json(ConversationWithMessagesView, 'The conversation, showing that branch'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const conversationId = c.req.valid('param').id
        const { messageId } = c.req.valid('json')
        const shown = await chooseActiveBranch(deps, actingIn(c, deps), {
          conversationId,
          messageId,
        })
        return c.json(withMessagesView(shown), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/fork', 'Copy the conversation up to a message into a new one'),
        middleware: writer,
        request: { ...byId, body: jsonBody(MessageChoiceBody) },
        responses: {
          201: json(ConversationView, 'The new conversation'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const conversationId = c.req.valid('param').id
        const { messageId } = c.req.valid('json')
        const fork = await forkConversation(deps, actingIn(c, deps), { conversationId, messageId })
        return c.json(conversationView(fork), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('put', '/{id}/messages/{messageId}/feedback', 'Rate an answer, up or down'),
        middleware: writer,
        request: { ...byMessage, body: jsonBody(FeedbackBody) },
        responses: {
          200: json(MessageView, 'The message with its feedback'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id: conversationId, messageId } = c.req.valid('param')
        const { rating, comment } = c.req.valid('json')
        const rated = await giveFeedback(deps, actingIn(c, deps), {
          conversationId,
          messageId,
          rating,
          ...(comment === undefined ? {} : { comment }),
        })
        return c.json(rated, 200)
      },
    )
}
