import type { ApiKeyScope, Permission, Role } from './permissions'

/** Who is calling: a signed-in user (access token) or a program (API key). */
export type Principal =
  | {
      type: 'user'
      userId: string
      /** The refresh-token family (session) the access token was issued for. */
      sessionId: string
      /** Platform administrators may list and disable users and see every workspace. */
      systemAdmin: boolean
    }
  | {
      type: 'apiKey'
      apiKeyId: string
      /** The user who created the key; the key acts for them, within its scopes. */
      userId: string
      /** A key belongs to exactly one workspace. */
      workspaceId: string
      scopes: ApiKeyScope[]
    }

/** The caller's standing in the workspace a request is about (from `X-Workspace-Id`). */
export interface WorkspaceAccess {
  principal: Principal
  workspaceId: string
  role: Role
  permissions: ReadonlySet<Permission>
}

/** Where a request came from, for the audit log and brute-force limits. */
export interface RequestOrigin {
  ip?: string
  userAgent?: string
  requestId?: string
}
