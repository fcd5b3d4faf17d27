import type { Page, PageRequest } from '../pagination'

/** How long a workspace keeps what it makes; an absent period keeps that kind forever. */
export interface RetentionPeriods {
  /** Conversations whose last activity is older than this many days are purged. */
  conversationsDays?: number
  /** Documents created more than this many days ago are purged. */
  documentsDays?: number
  /** Audit events older than this many days are purged. */
  auditDays?: number
}

export interface RetentionPolicy extends RetentionPeriods {
  workspaceId: string
  /** The user (or `apiKey:<id>`) who set it last. */
  updatedBy: string
  updatedAt: string
  /** When the purge last went through the whole workspace. */
  lastPurgedAt?: string
}

/**
 * Retention policies and the queries the purge job runs. Policies are found through one list of
 * every workspace that has one (a constant partition), candidates through the workspace's own
 * indexes by time, oldest first: no scans.
 */
export interface RetentionStore {
  getPolicy(workspaceId: string): Promise<RetentionPolicy | undefined>
  /** Stores the policy (replacing any); a policy with no period at all is deleted instead. */
  putPolicy(policy: Omit<RetentionPolicy, 'lastPurgedAt'>): Promise<RetentionPolicy | undefined>
  deletePolicy(workspaceId: string): Promise<void>
  /** Every workspace's policy, least recently purged first (never purged first of all). */
  listPolicies(page: PageRequest): Promise<Page<RetentionPolicy>>
  /** Records a complete purge, which moves the policy to the back of `listPolicies`. */
  markPurged(workspaceId: string, at: string): Promise<void>
  /** Ids of conversations last active before `before` (ISO), oldest first, at most `limit`. */
  conversationsInactiveSince(workspaceId: string, before: string, limit: number): Promise<string[]>
  /** Ids of documents created before `before` (ISO), oldest first, at most `limit`. */
  documentsCreatedBefore(workspaceId: string, before: string, limit: number): Promise<string[]>
  /** Deletes up to `limit` audit events older than `before`; resolves how many it deleted. */
  deleteAuditEventsBefore(workspaceId: string, before: string, limit: number): Promise<number>
}
