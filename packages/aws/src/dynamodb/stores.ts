import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import type { BlobStore } from '@chatter/core'
import { DynamoAgentRepository } from './agent-repository'
import { DynamoApiKeyRepository } from './api-key-repository'
import { DynamoAuditLog } from './audit-log'
import { DynamoConversationRepository } from './conversation-repository'
import { DynamoDocumentJobRepository } from './document-job-repository'
import { DynamoDocumentRepository } from './document-repository'
import { DynamoExperimentRepository } from './experiment-repository'
import { DynamoExportJobRepository } from './export-job-repository'
import { DynamoImportJobRepository } from './import-job-repository'
import { DynamoInvitationRepository } from './invitation-repository'
import { DynamoLexicalSnapshotPointers } from './lexical-snapshot-pointers'
import { DynamoMessageRepository } from './message-repository'
import { DynamoPreferenceRepository } from './preference-repository'
import { DynamoProfileRepository } from './profile-repository'
import { DynamoPromptRepository } from './prompt-repository'
import { DynamoRateLimitStore } from './rate-limit-store'
import { DynamoRefreshTokenStore } from './refresh-token-store'
import { DynamoReportRepository } from './report-repository'
import { DynamoRetentionStore } from './retention-store'
import { DynamoSearchHistory } from './search-history-repository'
import { createTable } from './table'
import { DynamoToolCallLog } from './tool-call-log'
import { DynamoToolServerRepository } from './tool-server-repository'
import { DynamoUsageCounters } from './usage-counters'
import { DynamoUserRepository } from './user-repository'
import { DynamoWebhookDeliveryLog, DynamoWebhookRepository } from './webhook-repository'
import { DynamoWorkflowExecutionRepository } from './workflow-execution-repository'
import { DynamoWorkflowRepository } from './workflow-repository'
import { DynamoWorkflowTriggerStore } from './workflow-trigger-store'
import { DynamoWorkspaceRepository } from './workspace-repository'

/**
 * Every store on the one table, as both composition roots (Lambda and local) wire them. `blobs`
 * holds the message contents too large for an item (and lets deletions remove them).
 * @example const stores = createDynamoStores(document, config.TABLE_NAME, blobs)
 */
export function createDynamoStores(
  document: DynamoDBDocumentClient,
  tableName: string,
  blobs: BlobStore,
) {
  const table = createTable(document, tableName)
  return {
    users: new DynamoUserRepository(table),
    workspaces: new DynamoWorkspaceRepository(table, undefined, blobs),
    invitations: new DynamoInvitationRepository(table),
    refreshTokens: new DynamoRefreshTokenStore(table),
    apiKeys: new DynamoApiKeyRepository(table),
    profiles: new DynamoProfileRepository(table),
    agents: new DynamoAgentRepository(table),
    prompts: new DynamoPromptRepository(table),
    preferences: new DynamoPreferenceRepository(table),
    conversations: new DynamoConversationRepository(table, blobs),
    messages: new DynamoMessageRepository(table, blobs),
    audit: new DynamoAuditLog(table),
    rateLimits: new DynamoRateLimitStore(table, document),
    documents: new DynamoDocumentRepository(table),
    documentJobs: new DynamoDocumentJobRepository(table),
    exportJobs: new DynamoExportJobRepository(table),
    importJobs: new DynamoImportJobRepository(table),
    searchHistory: new DynamoSearchHistory(table),
    lexicalPointers: new DynamoLexicalSnapshotPointers(table),
    toolServers: new DynamoToolServerRepository(table),
    toolCalls: new DynamoToolCallLog(table),
    workflows: new DynamoWorkflowRepository(table),
    workflowExecutions: new DynamoWorkflowExecutionRepository(table),
    workflowTriggers: new DynamoWorkflowTriggerStore(table),
    experiments: new DynamoExperimentRepository(table),
    webhookEndpoints: new DynamoWebhookRepository(table),
    webhookDeliveries: new DynamoWebhookDeliveryLog(table),
    retention: new DynamoRetentionStore(table),
    usage: new DynamoUsageCounters(table, document),
    reports: new DynamoReportRepository(table),
  }
}

export type DynamoStores = ReturnType<typeof createDynamoStores>
