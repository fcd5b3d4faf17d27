import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { KnowledgePorts } from '../documents/knowledge-ports'
import type { ApiKeyRepository } from '../ports/api-key-repository'
import type { AuditLog } from '../ports/audit-log'
import type { ConversationRepository } from '../ports/conversation-repository'
import type { RefreshTokenStore } from '../ports/refresh-token-store'
import type { SearchHistoryRepository } from '../ports/search-history'
import type { PasswordHasher } from '../ports/security'
import type { StateMachineRunner } from '../ports/state-machine-runner'
import type { UserRepository } from '../ports/user-repository'
import type { WorkspaceRepository } from '../ports/workspace-repository'

/** Where account deletions run: the account-deletion state machine. */
export interface AccountDeletionMachine {
  runner: Pick<StateMachineRunner, 'start'>
  /** Its ARN in AWS, its registered name locally. */
  stateMachine: string
}

/** Everything the deletion's steps touch; field names match the API's `AppDependencies`. */
export interface AccountDeletionPorts {
  users: Pick<UserRepository, 'getById' | 'update' | 'delete'>
  workspaces: Pick<
    WorkspaceRepository,
    'get' | 'delete' | 'listMembershipsOf' | 'listMembers' | 'removeMember'
  >
  refreshTokens: Pick<RefreshTokenStore, 'revokeAllOf'>
  apiKeys: Pick<ApiKeyRepository, 'list' | 'revoke'>
  conversations: Pick<ConversationRepository, 'list' | 'delete'>
  knowledge: Pick<KnowledgePorts, 'documents' | 'blobs' | 'vectors' | 'lexical'> & {
    searchHistory?: Pick<SearchHistoryRepository, 'clear'>
  }
  audit: Pick<AuditLog, 'record'>
  /** A user's preferences, when this runtime stores any. */
  preferences?: { deleteAll(userId: string): Promise<unknown> }
  clock?: () => Date
}

/** What requesting a deletion needs beyond the steps' ports. */
export interface AccountDeletionRequestPorts {
  users: Pick<UserRepository, 'getById'>
  workspaces: Pick<WorkspaceRepository, 'listMembershipsOf' | 'listMembers'>
  passwords: Pick<PasswordHasher, 'verify'>
  accountDeletion: AccountDeletionMachine
  clock?: () => Date
}

/** One workspace's fate: deleted with the account (owned alone) or left (shared with others). */
export const workspaceFateSchema = z.object({
  workspaceId: z.string().min(1),
  action: z.enum(['delete', 'leave']),
})
export type WorkspaceFate = z.infer<typeof workspaceFateSchema>

/** The state machine's input. */
export const accountDeletionInputSchema = z.object({
  userId: z.string().min(1),
  requestedAt: z.string(),
})
export type AccountDeletionInput = z.infer<typeof accountDeletionInputSchema>

/** The payload of every Task of the account-deletion state machine (`step` names the step). */
export const accountDeletionStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('block'), userId: z.string().min(1) }),
  z.object({
    step: z.literal('workspace'),
    userId: z.string().min(1),
    workspace: workspaceFateSchema,
  }),
  z.object({ step: z.literal('preferences'), userId: z.string().min(1) }),
  z.object({ step: z.literal('forget'), userId: z.string().min(1) }),
  z.object({
    step: z.literal('record'),
    userId: z.string().min(1),
    workspaces: z.array(workspaceFateSchema),
  }),
])
export type AccountDeletionStep = z.infer<typeof accountDeletionStepSchema>

/**
 * How the audit log names a deleted user: a stable pseudonym (the same in every workspace, so
 * an admin can tell events of one deleted account apart) that does not lead back to them.
 */
export const anonymisedUser = (userId: string): string =>
  `deleted user ${createHash('sha256').update(userId).digest('hex').slice(0, 12)}`
