import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  getWebhookDelivery,
  listWebhookAttempts,
  listWebhooks,
  pingWebhook,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhook,
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
  NewWebhookBody,
  WebhookAttemptView,
  WebhookDeletionView,
  WebhookDeliveryView,
  WebhookPatchBody,
  WebhookView,
  WebhookWithSecretView,
  webhookAttemptView,
  webhookDeliveryView,
  webhookView,
} from './webhook-schemas'

const tags = ['Webhooks']
const headers = WorkspaceHeader
const idParam = Id.openapi({ param: { name: 'id', in: 'path' } })
const byId = { headers, params: z.object({ id: idParam }) }
const byDelivery = {
  headers,
  params: z.object({
    id: idParam,
    deliveryId: z
      .string()
      .regex(/^[\w-]{1,64}:[\w-]{1,64}$/, 'Not a valid delivery id.')
      .openapi({ param: { name: 'deliveryId', in: 'path' }, example: 'evt_1:wh_1' }),
  }),
}

/**
 * `/v1/webhooks`: the current workspace's webhook endpoints, their deliveries and attempt log.
 * Everything needs `manageKeys` (admins and owners, or an admin key): endpoint URLs can carry
 * tokens, and a secret is shown once, at creation or rotation. Pings and redeliveries answer
 * 202 with the queued delivery, to watch through its id.
 */
export function webhooksRoutes(deps: AppDependencies) {
  const admin = [workspaceAccess(deps), requirePermission('manageKeys')]
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller, middleware: admin }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Add an endpoint; its signing secret is shown only in this answer'),
        request: { headers, body: jsonBody(NewWebhookBody) },
        responses: {
          201: json(WebhookWithSecretView, 'Added'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { webhook, secret } = await createWebhook(
          deps,
          actingIn(c, deps),
          c.req.valid('json'),
        )
        return c.json({ ...webhookView(webhook), secret }, 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s webhook endpoints, newest first'),
        request: { headers, query: PageQuery },
        responses: {
          200: json(pageSchema(WebhookView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const page = await listWebhooks(deps, actingIn(c, deps), pageOf(c.req.valid('query')))
        return c.json(mapPage(page, webhookView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'An endpoint'),
        request: byId,
        responses: { 200: json(WebhookView, 'The endpoint'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const webhookId = c.req.valid('param').id
        return c.json(webhookView(await getWebhook(deps, actingIn(c, deps), { webhookId })), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('patch', '/{id}', 'Change its URL, events, description or enabled'),
        request: { ...byId, body: jsonBody(WebhookPatchBody) },
        responses: {
          200: json(WebhookView, 'The changed endpoint'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const webhookId = c.req.valid('param').id
        const patch = c.req.valid('json')
        const webhook = await updateWebhook(deps, actingIn(c, deps), { webhookId, patch })
        return c.json(webhookView(webhook), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/{id}', 'Delete an endpoint with its deliveries and log'),
        request: byId,
        responses: {
          200: json(WebhookDeletionView, 'What was deleted'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const webhookId = c.req.valid('param').id
        const webhook = await deleteWebhook(deps, actingIn(c, deps), { webhookId })
        return c.json({ webhook: webhookView(webhook) }, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/rotate-secret', 'Replace its secret; the new one is shown once'),
        request: byId,
        responses: {
          200: json(WebhookWithSecretView, 'The endpoint with its new secret'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const webhookId = c.req.valid('param').id
        const { webhook, secret } = await rotateWebhookSecret(deps, actingIn(c, deps), {
          webhookId,
        })
        return c.json({ ...webhookView(webhook), secret }, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/ping', 'Queue a webhook.ping test event to it'),
        request: byId,
        responses: {
          202: json(WebhookDeliveryView, 'Queued: watch the delivery'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const webhookId = c.req.valid('param').id
        const delivery = await pingWebhook(deps, actingIn(c, deps), { webhookId })
        return c.json(webhookDeliveryView(delivery), 202)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/deliveries', 'Its delivery attempts, newest first (kept 30 days)'),
        request: { ...byId, query: PageQuery },
        responses: {
          200: json(pageSchema(WebhookAttemptView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const webhookId = c.req.valid('param').id
        const page = await listWebhookAttempts(deps, actingIn(c, deps), {
          webhookId,
          page: pageOf(c.req.valid('query')),
        })
        return c.json(mapPage(page, webhookAttemptView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/deliveries/{deliveryId}', 'A delivery: status and payload'),
        request: byDelivery,
        responses: {
          200: json(WebhookDeliveryView, 'The delivery'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id: webhookId, deliveryId } = c.req.valid('param')
        const delivery = await getWebhookDelivery(deps, actingIn(c, deps), {
          webhookId,
          deliveryId,
        })
        return c.json(webhookDeliveryView(delivery), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/deliveries/{deliveryId}/redeliver', 'Send a delivery again'),
        request: byDelivery,
        responses: {
          202: json(WebhookDeliveryView, 'Queued again with the same id and payload'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id: webhookId, deliveryId } = c.req.valid('param')
        const delivery = await redeliverWebhook(deps, actingIn(c, deps), {
          webhookId,
          deliveryId,
        })
        return c.json(webhookDeliveryView(delivery), 202)
      },
    )
}
