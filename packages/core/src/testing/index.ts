// In-memory fakes of core's ports, for fast unit tests of use cases and routes. The real
// adapters (packages/aws) are tested against the local stand-ins.

import { InMemoryAgents } from './in-memory-agents'
import { InMemoryAuditLog, InMemoryRateLimits } from './in-memory-audit'
import { InMemoryConversations, InMemoryMessages } from './in-memory-conversations'
import {
  InMemoryDocumentJobs,
  InMemoryDocuments,
  InMemorySearchHistory,
} from './in-memory-documents'
import { InMemoryExperiments } from './in-memory-experiments'
import { InMemoryExportJobs } from './in-memory-exports'
import { InMemoryImportJobs } from './in-memory-imports'
import { InMemoryInvitations } from './in-memory-invitations'
import { InMemoryApiKeys } from './in-memory-keys'
import { InMemoryPreferences } from './in-memory-preferences'
import { InMemoryProfiles } from './in-memory-profiles'
import { InMemoryPrompts } from './in-memory-prompts'
import { InMemoryReports } from './in-memory-reports'
import { InMemoryRetention } from './in-memory-retention'
import { InMemoryRefreshTokens } from './in-memory-tokens'
import { InMemoryToolCallLog, InMemoryToolServers } from './in-memory-tools'
import { InMemoryUsageCounters } from './in-memory-usage'
import { InMemoryUsers } from './in-memory-users'
import { inMemoryWebhookStores } from './in-memory-webhooks'
import {
  InMemoryWorkflowExecutions,
  InMemoryWorkflowTriggers,
} from './in-memory-workflow-executions'
import { InMemoryWorkflows } from './in-memory-workflows'
import { InMemoryWorkspaces } from './in-memory-workspaces'

export * from './fake-state-machines'
export * from './in-memory-agents'
export * from './in-memory-audit'
export * from './in-memory-conversations'
export * from './in-memory-documents'
export * from './in-memory-experiments'
export * from './in-memory-exports'
export * from './in-memory-imports'
export * from './in-memory-invitations'
export * from './in-memory-keys'
export * from './in-memory-knowledge'
export * from './in-memory-preferences'
export * from './in-memory-profiles'
export * from './in-memory-prompts'
export * from './in-memory-reports'
export * from './in-memory-retention'
export * from './in-memory-tokens'
export * from './in-memory-tools'
export * from './in-memory-usage'
export * from './in-memory-users'
export * from './in-memory-webhooks'
export * from './in-memory-workflow-executions'
export * from './in-memory-workflows'
export * from './in-memory-workspaces'
export { paginate } from './paginate'
export * from './scripted-chat-model'

/**
 * Every store, wired together (a workspace delete removes its invitations, keys, profiles and
 * conversations with their messages, as the DynamoDB deletion does).
 */
export function inMemoryStores() {
  const workspaces = new InMemoryWorkspaces()
  const messages = new InMemoryMessages()
  const conversations = new InMemoryConversations(messages)
  workspaces.dependents.push({
    removeWorkspace: (id) => {
      for (const conversation of [...conversations.byId.values()])
        if (conversation.workspaceId === id) void conversations.delete(id, conversation.id)
      return { invitations: 0, apiKeys: 0 }
    },
  })
  const usage = new InMemoryUsageCounters()
  const audit = new InMemoryAuditLog()
  const documents = new InMemoryDocuments()
  workspaces.dependents.push({
    removeWorkspace: (id) => {
      usage.removeScope(id)
      return { invitations: 0, apiKeys: 0 }
    },
  })
  const reports = new InMemoryReports()
  workspaces.dependents.push({
    removeWorkspace: (id) => {
      reports.removeWorkspace(id)
      return { invitations: 0, apiKeys: 0 }
    },
  })
  const importJobs = new InMemoryImportJobs()
  workspaces.dependents.push({
    removeWorkspace: (id) => {
      importJobs.removeWorkspace(id)
      return { invitations: 0, apiKeys: 0 }
    },
  })
  return {
    users: new InMemoryUsers(),
    workspaces,
    invitations: new InMemoryInvitations(workspaces),
    refreshTokens: new InMemoryRefreshTokens(),
    apiKeys: new InMemoryApiKeys(workspaces),
    profiles: new InMemoryProfiles(workspaces),
    prompts: new InMemoryPrompts(workspaces),
    preferences: new InMemoryPreferences(),
    agents: new InMemoryAgents(workspaces),
    audit,
    rateLimits: new InMemoryRateLimits(),
    conversations,
    messages,
    documents,
    retention: new InMemoryRetention({ conversations, documents, audit }),
    documentJobs: new InMemoryDocumentJobs(),
    exportJobs: new InMemoryExportJobs(),
    importJobs,
    searchHistory: new InMemorySearchHistory(),
    toolServers: new InMemoryToolServers(workspaces),
    toolCalls: new InMemoryToolCallLog(),
    workflows: new InMemoryWorkflows(workspaces),
    experiments: new InMemoryExperiments(workspaces),
    workflowExecutions: new InMemoryWorkflowExecutions(workspaces),
    workflowTriggers: new InMemoryWorkflowTriggers(workspaces),
    ...inMemoryWebhookStores(workspaces),
    usage,
    reports,
  }
}
