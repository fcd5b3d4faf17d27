import { newApiKeySecret } from '../access/api-key-secret'
import { type ApiKeyScope, scopePermissions } from '../access/permissions'
import type { Acting } from '../audit/acting'
import { assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import { platformEvent, publishQuietly } from '../events/publish'
import { newId } from '../ids/ids'
import type { Page, PageRequest } from '../pagination'
import type { ApiKey, ApiKeyRepository } from '../ports/api-key-repository'
import type { AuditLog } from '../ports/audit-log'
import type { PlatformEvents } from '../ports/platform-events'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { cleanDisplayName, displayNameProblem } from '../workspaces/display-name'

/** The longest a key may live; a key that never expires is allowed, but not one for decades. */
export const maxApiKeyLifetimeDays = 366

/** A key as lists show it: never its hash. */
export type ApiKeyView = Omit<ApiKey, 'hash'>

export interface ApiKeyPorts {
  apiKeys: Pick<ApiKeyRepository, 'create' | 'get' | 'revoke'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
  audit: Pick<AuditLog, 'record'>
  /** Told `key.created`. */
  events?: PlatformEvents
}

const invalid = (path: string, message: string) =>
  new DomainError('request.invalid', message, { errors: [{ path, message }] })

const view = ({ hash: _hash, ...key }: ApiKey): ApiKeyView => key

/**
 * Creates an API key for the current workspace (`manageKeys`) and answers its secret, which is
 * never shown again (only its hash is stored).
 *
 * 1. Check `manageKeys`, then the name and expiry (future, at most `maxApiKeyLifetimeDays`).
 * 2. Every scope must stay within what the caller may do now (a key minting a key cannot widen
 *    its own scopes); otherwise 403 naming the scope.
 * 3. Store the key under the caller's user id (the key acts for them, within their role as it
 *    is on each use), and record `key.created`.
 */
export async function createApiKey(
  ports: ApiKeyPorts,
  acting: Acting,
  input: { name: string; scopes: readonly ApiKeyScope[]; expiresAt?: string },
): Promise<{ key: ApiKeyView; secret: string }> {
  assertPermission(acting.access, 'manageKeys')
  const nameProblem = displayNameProblem(input.name)
  if (nameProblem) throw invalid('name', nameProblem)
  const scopes = [...new Set(input.scopes)]
  if (scopes.length === 0) throw invalid('scopes', 'Give the key at least one scope.')
  if (input.expiresAt !== undefined) checkExpiry(input.expiresAt, acting.now)
  for (const scope of scopes) {
    const missing = scopePermissions[scope].find((p) => !acting.access.permissions.has(p))
    if (missing)
      throw new DomainError(
        'auth.forbidden',
        `You cannot create a key with the "${scope}" scope: it needs the "${missing}" permission, which you do not have.`,
        { permission: missing },
      )
  }
  const { secret, prefix, hash } = newApiKeySecret()
  const key = await ports.apiKeys.create({
    id: newId('key'),
    workspaceId: acting.access.workspaceId,
    name: cleanDisplayName(input.name),
    prefix,
    hash,
    scopes,
    createdBy: acting.access.principal.userId,
    ...(input.expiresAt ? { expiresAt: new Date(input.expiresAt).toISOString() } : {}),
  })
  await recordAudit(ports.audit, acting, {
    workspaceId: key.workspaceId,
    action: 'key.created',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'apiKey', id: key.id, label: key.name },
    details: {
      scopes: scopes.join(' '),
      prefix,
      ...(key.expiresAt ? { expiresAt: key.expiresAt } : {}),
    },
  })
  await publishQuietly(
    ports.events,
    platformEvent('key.created', key.workspaceId, { keyId: key.id, name: key.name }, acting.now),
  )
  return { key: view(key), secret }
}

function checkExpiry(expiresAt: string, now: Date) {
  const at = Date.parse(expiresAt)
  if (Number.isNaN(at)) throw invalid('expiresAt', 'Give expiresAt as an ISO 8601 time.')
  if (at <= now.getTime()) throw invalid('expiresAt', 'expiresAt must be in the future.')
  if (at > now.getTime() + maxApiKeyLifetimeDays * 86_400_000)
    throw invalid('expiresAt', `A key may live at most ${maxApiKeyLifetimeDays} days.`)
}

/** The workspace's keys, newest first, revoked ones included; never a hash or a secret. */
export async function listApiKeys(
  apiKeys: Pick<ApiKeyRepository, 'list'>,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<ApiKeyView>> {
  assertPermission(acting.access, 'manageKeys')
  const found = await apiKeys.list(acting.access.workspaceId, page)
  return { ...found, items: found.items.map(view) }
}

/**
 * Revokes a key of the current workspace (`manageKeys`). Idempotent: revoking a revoked key
 * changes nothing and records nothing. Another workspace's key id is a 404.
 */
export async function revokeApiKey(
  ports: ApiKeyPorts,
  acting: Acting,
  input: { keyId: string },
): Promise<ApiKeyView> {
  assertPermission(acting.access, 'manageKeys')
  const existing = await ports.apiKeys.get(acting.access.workspaceId, input.keyId)
  if (!existing) throw new DomainError('resource.notFound', 'No such API key in this workspace.')
  if (existing.revokedAt) return view(existing)
  const revoked = await ports.apiKeys.revoke(existing.workspaceId, existing.id, acting.now)
  if (!revoked) throw new DomainError('resource.notFound', 'No such API key in this workspace.')
  await recordAudit(ports.audit, acting, {
    workspaceId: existing.workspaceId,
    action: 'key.revoked',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'apiKey', id: existing.id, label: existing.name },
    details: { prefix: existing.prefix },
  })
  return view(revoked)
}
