import type { AuditLog } from '../ports/audit-log'
import type { RefreshTokenStore } from '../ports/refresh-token-store'
import type { AccessTokenSigner, PasswordHasher } from '../ports/security'
import type { UserRepository } from '../ports/user-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'

/** Settings of accounts and sessions (the API's `IdentitySettings` has this shape). */
export interface AccountSettings {
  accessTokenTtlSeconds: number
  refreshTokenTtlDays: number
  /** Make the platform's first user a platform administrator. */
  firstUserAdmin: boolean
}

/**
 * Every port the account use cases draw on; each use case takes the few it needs. Field names
 * match the API's `AppDependencies`, so the composition root passes its dependencies as they are.
 */
export interface IdentityPorts {
  users: UserRepository
  workspaces: WorkspaceRepository
  refreshTokens: RefreshTokenStore
  audit: AuditLog
  passwords: PasswordHasher
  tokens: AccessTokenSigner
  identity: AccountSettings
  /** Injectable for tests of expiry. */
  clock?: () => Date
}

/** Where events with no workspace to audit into go (sign-in attempts for unknown emails). */
export interface AuthLogger {
  warn(message: string, fields: Record<string, unknown>): void
}

export const nowOf = (ports: Pick<IdentityPorts, 'clock'>): Date => ports.clock?.() ?? new Date()
