import type { ApiKeyView, Invitation, Membership, Role as RoleName, Workspace } from '@chatter/core'
import { auditActions } from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { AssignableRole, Role, Scope } from './access-schemas'

/** The public shapes of workspaces, members, invitations, keys and audit events, with mappers. */

export const WorkspaceView = z
  .object({
    id: z.string(),
    name: z.string(),
    personal: z.boolean(),
    ownerId: z.string(),
    /** The caller's role in it. */
    role: Role,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Workspace')

export const workspaceView = (workspace: Workspace, role: RoleName) => ({
  id: workspace.id,
  name: workspace.name,
  personal: workspace.personal,
  ownerId: workspace.ownerId,
  role,
  createdAt: workspace.createdAt,
  updatedAt: workspace.updatedAt,
})

export const MyWorkspace = z
  .object({ id: z.string(), name: z.string(), role: Role, joinedAt: z.string() })
  .openapi('MyWorkspace')

export const myWorkspaceView = (membership: Membership) => ({
  id: membership.workspaceId,
  name: membership.workspaceName,
  role: membership.role,
  joinedAt: membership.joinedAt,
})

export const Member = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string().optional(),
    role: Role,
    joinedAt: z.string(),
  })
  .openapi('Member')

export const memberView = (membership: Membership) => ({
  userId: membership.userId,
  email: membership.email,
  ...(membership.userName ? { name: membership.userName } : {}),
  role: membership.role,
  joinedAt: membership.joinedAt,
})

export const InvitationView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    workspaceName: z.string(),
    email: z.string(),
    role: AssignableRole,
    invitedBy: z.string(),
    status: z.enum(['pending', 'accepted', 'declined', 'revoked']),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .openapi('Invitation')

export const invitationView = (invitation: Invitation) => ({ ...invitation })

export const WorkspaceDeletion = z
  .object({
    workspaceId: z.string(),
    members: z.number().int(),
    invitations: z.number().int(),
    apiKeys: z.number().int(),
    documents: z.number().int().optional(),
  })
  .openapi('WorkspaceDeletion')

export const ApiKeyViewSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the secret' }),
    scopes: z.array(Scope),
    createdBy: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().optional(),
    expiresAt: z.string().optional(),
    revokedAt: z.string().optional(),
  })
  .openapi('ApiKey')

// Field by field, so a stored hash can never reach a response even if handed one.
export const apiKeyView = (key: ApiKeyView) => ({
  id: key.id,
  workspaceId: key.workspaceId,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  createdBy: key.createdBy,
  createdAt: key.createdAt,
  ...(key.lastUsedAt ? { lastUsedAt: key.lastUsedAt } : {}),
  ...(key.expiresAt ? { expiresAt: key.expiresAt } : {}),
  ...(key.revokedAt ? { revokedAt: key.revokedAt } : {}),
})

export const AuditEventView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    at: z.string(),
    action: z.enum(auditActions),
    outcome: z.enum(['success', 'failure']),
    actor: z.object({
      type: z.enum(['user', 'apiKey', 'anonymous', 'system']),
      id: z.string().optional(),
      label: z.string().optional(),
    }),
    target: z.object({ type: z.string(), id: z.string(), label: z.string().optional() }).optional(),
    ip: z.string().optional(),
    userAgent: z.string().optional(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  })
  .openapi('AuditEvent')
