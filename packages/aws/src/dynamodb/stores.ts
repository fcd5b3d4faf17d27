import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { DynamoApiKeyRepository } from './api-key-repository'
import { DynamoAuditLog } from './audit-log'
import { DynamoInvitationRepository } from './invitation-repository'
import { DynamoProfileRepository } from './profile-repository'
import { DynamoRateLimitStore } from './rate-limit-store'
import { DynamoRefreshTokenStore } from './refresh-token-store'
import { createTable } from './table'
import { DynamoUserRepository } from './user-repository'
import { DynamoWorkspaceRepository } from './workspace-repository'

/**
 * Every store on the one table, as both composition roots (Lambda and local) wire them.
 * @example const stores = createDynamoStores(document, config.TABLE_NAME)
 */
export function createDynamoStores(document: DynamoDBDocumentClient, tableName: string) {
  const table = createTable(document, tableName)
  return {
    users: new DynamoUserRepository(table),
    workspaces: new DynamoWorkspaceRepository(table),
    invitations: new DynamoInvitationRepository(table),
    refreshTokens: new DynamoRefreshTokenStore(table),
    apiKeys: new DynamoApiKeyRepository(table),
    profiles: new DynamoProfileRepository(table),
    audit: new DynamoAuditLog(table),
    rateLimits: new DynamoRateLimitStore(table),
  }
}

export type DynamoStores = ReturnType<typeof createDynamoStores>
