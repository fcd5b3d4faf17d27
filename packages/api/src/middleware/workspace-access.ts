import {
  type Acting,
  type ActingUser,
  DomainError,
  isDomainError,
  keyPermissions,
  type Permission,
  type Principal,
  personalWorkspaceId,
  rolePermissions,
  type WorkspaceAccess,
  type WorkspaceRepository,
} from '@chatter/core'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context'
import type { AppDependencies } from '../dependencies'
import { problemResponse } from '../problem'

const workspaceIdPattern = /^[\w-]{1,64}$/

const unauthenticated = () =>
  new DomainError('auth.unauthenticated', 'Sign in, or send an API key, to use this route.')

// One answer for "no such workspace" and "not yours", so ids reveal nothing about other tenants.
const notFound = () => new DomainError('resource.notFound', 'No such workspace.')

/**
 * Resolves the workspace a request is about and the caller's standing in it (`c.get('access')`).
 *
 * 1. No principal: 401.
 * 2. The workspace: the path parameter `param` when given (`/v1/workspaces/{id}/...`), else the
 *    `X-Workspace-Id` header, else the caller's own: a user's personal workspace, a key's workspace.
 * 3. An API key works only in its own workspace: any other id is a 404, like any workspace the
 *    caller is not in. Its permissions are its scopes within its creator's CURRENT role; a creator
 *    who is no longer a member leaves the key without standing: 401.
 * 4. A user needs a membership (404 without one). System administrators get no implicit access
 *    to workspace data: they use /v1/admin.
 */
export function workspaceAccess(
  deps: Pick<AppDependencies, 'workspaces'>,
  options: { param?: string } = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (!principal) return problemResponse(c, unauthenticated(), { 'WWW-Authenticate': 'Bearer' })
    const fromPath = options.param ? c.req.param(options.param) : undefined
    const requested =
      fromPath ??
      c.req.header('X-Workspace-Id') ??
      (principal.type === 'apiKey' ? principal.workspaceId : personalWorkspaceId(principal.userId))
    try {
      c.set('access', await resolveAccess(deps.workspaces, principal, requested))
    } catch (error) {
      // A key that lost its standing is a bad credential, answered like `authenticate` does.
      if (isDomainError(error) && error.code === 'auth.unauthenticated')
        return problemResponse(c, error, { 'WWW-Authenticate': 'Bearer error="invalid_token"' })
      throw error
    }
    await next()
  }
}

async function resolveAccess(
  workspaces: Pick<WorkspaceRepository, 'getMembership'>,
  principal: Principal,
  workspaceId: string,
): Promise<WorkspaceAccess> {
  if (!workspaceIdPattern.test(workspaceId)) throw notFound()
  if (principal.type === 'apiKey') {
    if (workspaceId !== principal.workspaceId) throw notFound()
    const creator = await workspaces.getMembership(workspaceId, principal.userId)
    if (!creator)
      throw new DomainError(
        'auth.unauthenticated',
        'This API key no longer works: the member who created it left the workspace.',
      )
    const permissions = keyPermissions(creator.role, principal.scopes)
    return { principal, workspaceId, role: creator.role, permissions }
  }
  const membership = await workspaces.getMembership(workspaceId, principal.userId)
  if (!membership) throw notFound()
  const permissions = new Set(rolePermissions[membership.role])
  return { principal, workspaceId, role: membership.role, permissions }
}

/** 403 `auth.forbidden`, naming the permission, unless the resolved access includes it. */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!accessOf(c).permissions.has(permission))
      throw new DomainError(
        'auth.forbidden',
        `This needs the "${permission}" permission in this workspace.`,
        { permission },
      )
    await next()
  }
}

/** The access `workspaceAccess` resolved; a route that forgot the middleware fails loudly. */
export function accessOf(c: Context<AppEnv>): WorkspaceAccess {
  const access = c.get('access')
  if (!access) throw new Error('workspaceAccess() must run before this handler')
  return access
}

/** What a workspace use case needs: the access, where the request came from, and now. */
export const actingIn = (c: Context<AppEnv>, deps: Pick<AppDependencies, 'clock'>): Acting => ({
  access: accessOf(c),
  origin: c.get('origin') ?? {},
  now: deps.clock?.() ?? new Date(),
})

/** The signed-in user acting on their own behalf (after `requireUser`). */
export function actingUser(c: Context<AppEnv>, deps: Pick<AppDependencies, 'clock'>): ActingUser {
  const principal = c.get('principal')
  if (principal?.type !== 'user') throw unauthenticated()
  return {
    userId: principal.userId,
    origin: c.get('origin') ?? {},
    now: deps.clock?.() ?? new Date(),
  }
}
