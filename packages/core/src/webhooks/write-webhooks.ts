import { type Acting, actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { newId } from '../ids/ids'
import type { AuditLog } from '../ports/audit-log'
import type { SecretCipher } from '../ports/tool-server-repository'
import type { StoredWebhookEndpoint, WebhookEndpointChanges } from '../ports/webhook-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { newWebhookSecret } from './signature'
import { assertWebhookFields, webhookNotFound } from './webhook-rules'
import type { WebhookServices } from './webhook-services'

/** What the webhook use cases need; `AppDependencies` has it all. */
export interface WebhookPorts {
  webhooks: WebhookServices
  /** The tool servers' cipher: secrets are stored encrypted, bound to the workspace. */
  tools: { cipher: SecretCipher }
  audit: AuditLog
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

export interface NewWebhookInput {
  url: string
  /** Platform event types, or `['*']`. */
  events: string[]
  /** Generated (`whsec_...`) when not given. */
  secret?: string
  description?: string
  enabled?: boolean
}

export interface WebhookPatch {
  url?: string
  events?: string[]
  /** null removes it. */
  description?: string | null
  enabled?: boolean
}

/** An endpoint with its signing secret in clear: answered once, at creation and rotation. */
export interface WebhookWithSecret {
  webhook: StoredWebhookEndpoint
  secret: string
}

/** Reads a workspace's endpoint or throws a 404 (another workspace's id included). */
export async function getStoredWebhook(
  ports: Pick<WebhookPorts, 'webhooks'>,
  workspaceId: string,
  id: string,
): Promise<StoredWebhookEndpoint> {
  const endpoint = await ports.webhooks.endpoints.get(workspaceId, id)
  if (!endpoint) throw webhookNotFound()
  return endpoint
}

/**
 * Adds an endpoint to the current workspace (`manageKeys`: URLs and secrets are sensitive).
 *
 * 1. Check the permission and the fields (422: an https URL in AWS, never a private address
 *    unless allowed; known event types or `*`; a secret of 16-256 characters if given).
 * 2. Take the given secret or generate one; store it encrypted, bound to the workspace.
 * 3. Store the endpoint, audit `webhook.created`, answer it with the secret (shown once).
 * @example await createWebhook(deps, acting, { url: 'https://example.com/hooks', events: ['document.ready'] })
 */
export async function createWebhook(
  ports: WebhookPorts,
  acting: Acting,
  input: NewWebhookInput,
): Promise<WebhookWithSecret> {
  const { access } = acting
  assertPermission(access, 'manageKeys')
  assertWebhookFields(input, ports.webhooks.settings)
  const secret = input.secret ?? newWebhookSecret()
  const encryptedSecret = await ports.tools.cipher.encrypt(secret, {
    workspaceId: access.workspaceId,
  })
  const description = input.description?.trim()
  const webhook = await ports.webhooks.endpoints.create({
    id: newId('wh'),
    workspaceId: access.workspaceId,
    url: input.url,
    events: [...new Set(input.events)],
    ...(description ? { description } : {}),
    enabled: input.enabled ?? true,
    encryptedSecret,
    createdBy: actorRef(acting),
  })
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'webhook.created',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'webhook', id: webhook.id, label: webhook.url },
    details: { events: webhook.events.join(',') },
  })
  return { webhook, secret }
}

/** Changes an endpoint's URL, events, description or enabled (`manageKeys`). */
export async function updateWebhook(
  ports: WebhookPorts,
  acting: Acting,
  input: { webhookId: string; patch: WebhookPatch },
): Promise<StoredWebhookEndpoint> {
  const { access } = acting
  assertPermission(access, 'manageKeys')
  const current = await getStoredWebhook(ports, access.workspaceId, input.webhookId)
  const { patch } = input
  assertWebhookFields(patch, ports.webhooks.settings)
  const changes: WebhookEndpointChanges = {}
  if (patch.url !== undefined && patch.url !== current.url) changes.url = patch.url
  if (patch.events !== undefined) changes.events = [...new Set(patch.events)]
  if (patch.description !== undefined) changes.description = patch.description?.trim() ?? ''
  if (patch.enabled !== undefined && patch.enabled !== current.enabled)
    changes.enabled = patch.enabled
  if (Object.keys(changes).length === 0) return current
  const webhook = await ports.webhooks.endpoints.update(access.workspaceId, current.id, changes)
  if (!webhook) throw webhookNotFound()
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'webhook.updated',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'webhook', id: webhook.id, label: webhook.url },
    details: { changed: Object.keys(changes).join(',') },
  })
  return webhook
}

/** Deletes an endpoint with its deliveries and log (`manageKeys`); answers what was deleted. */
export async function deleteWebhook(
  ports: WebhookPorts,
  acting: Acting,
  input: { webhookId: string },
): Promise<StoredWebhookEndpoint> {
  const { access } = acting
  assertPermission(access, 'manageKeys')
  const webhook = await getStoredWebhook(ports, access.workspaceId, input.webhookId)
  if (!(await ports.webhooks.endpoints.delete(access.workspaceId, webhook.id)))
    throw webhookNotFound()
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'webhook.deleted',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'webhook', id: webhook.id, label: webhook.url },
  })
  return webhook
}

/**
 * Replaces an endpoint's secret with a new generated one (`manageKeys`), answered once.
 * Deliveries sent from now on are signed with it, retries of earlier ones included.
 */
export async function rotateWebhookSecret(
  ports: WebhookPorts,
  acting: Acting,
  input: { webhookId: string },
): Promise<WebhookWithSecret> {
  const { access } = acting
  assertPermission(access, 'manageKeys')
  const current = await getStoredWebhook(ports, access.workspaceId, input.webhookId)
  const secret = newWebhookSecret()
  const encryptedSecret = await ports.tools.cipher.encrypt(secret, {
    workspaceId: access.workspaceId,
  })
  const webhook = await ports.webhooks.endpoints.update(access.workspaceId, current.id, {
    encryptedSecret,
  })
  if (!webhook) throw webhookNotFound()
  await recordAudit(ports.audit, acting, {
    workspaceId: access.workspaceId,
    action: 'webhook.secret.rotated',
    actor: await auditActor(ports.workspaces, access),
    target: { type: 'webhook', id: webhook.id, label: webhook.url },
  })
  return { webhook, secret }
}
