import {
  type ApiKey,
  type ApiKeyScope,
  type AssignableRole,
  newApiKeySecret,
  newId,
  newPersonalWorkspace,
  type ProfileSettings,
  profileDefaults,
  startSession,
  type User,
  type Workspace,
} from '@chatter/core'
import type {
  InMemoryAgents,
  InMemoryApiKeys,
  InMemoryAuditLog,
  InMemoryBlobs,
  InMemoryConversations,
  InMemoryDocumentJobs,
  InMemoryDocuments,
  InMemoryExperiments,
  InMemoryExportJobs,
  InMemoryImportJobs,
  InMemoryInvitations,
  InMemoryLexical,
  InMemoryMessages,
  InMemoryPreferences,
  InMemoryProfiles,
  InMemoryPrompts,
  InMemoryQueue,
  InMemoryReports,
  InMemoryRetention,
  InMemorySearchHistory,
  InMemoryToolCallLog,
  InMemoryToolServers,
  InMemoryUsageCounters,
  InMemoryUsers,
  InMemoryVectors,
  InMemoryWebhookDeliveries,
  InMemoryWebhooks,
  InMemoryWorkflowExecutions,
  InMemoryWorkflows,
  InMemoryWorkspaces,
} from '@chatter/core/testing'
import type { AppDependencies } from './dependencies'

/**
 * Callers for route tests, made directly in the (in-memory) stores rather than through
 * /v1/auth, so workspace tests do not depend on the sign-up routes: a user with their personal
 * workspace and a real session (a refresh family, which `authenticate` checks is not revoked)
 * and a signed access token; API keys minted the way `createApiKey` does.
 */

export interface TestUser {
  user: User
  personalWorkspaceId: string
  sessionId: string
  headers: Record<string, string>
}

let counter = 0

/** A user with a personal workspace and a signed-in session. */
export async function signedInUser(
  deps: AppDependencies,
  options: { email?: string; name?: string; systemAdmin?: boolean } = {},
): Promise<TestUser> {
  counter += 1
  const user = await deps.users.create({
    id: newId('usr'),
    email: options.email ?? `person${counter}@example.com`,
    name: options.name ?? `Person ${counter}`,
    role: options.systemAdmin ? 'admin' : 'user',
  })
  const personal = await deps.workspaces.create(newPersonalWorkspace(user))
  const session = await startSession(deps, user)
  return {
    user,
    personalWorkspaceId: personal.id,
    sessionId: session.sessionId,
    headers: { Authorization: `Bearer ${session.accessToken}` },
  }
}

/** A shared workspace owned by `owner`. */
export function sharedWorkspace(deps: AppDependencies, owner: TestUser, name = 'Team') {
  const { user } = owner
  return deps.workspaces.create({
    id: newId('ws'),
    name,
    personal: false,
    owner: { userId: user.id, email: user.email, ...(user.name ? { name: user.name } : {}) },
  })
}

/** Adds `member` to the workspace with `role`, as an accepted invitation would. */
export function join(
  deps: AppDependencies,
  workspace: Workspace,
  member: TestUser,
  role: AssignableRole,
) {
  return deps.workspaces.addMember({
    workspaceId: workspace.id,
    userId: member.user.id,
    role,
    workspaceName: workspace.name,
    email: member.user.email,
  })
}

export interface TestKey {
  key: ApiKey
  secret: string
  headers: Record<string, string>
}

/** An API key of `creator` in `workspaceId`, optionally already expired or revoked. */
export async function apiKeyOf(
  deps: AppDependencies,
  creator: TestUser,
  workspaceId: string,
  scopes: ApiKeyScope[],
  options: { expiresAt?: string; revoked?: boolean } = {},
): Promise<TestKey> {
  const { secret, prefix, hash } = newApiKeySecret()
  const key = await deps.apiKeys.create({
    id: newId('key'),
    workspaceId,
    name: `${scopes.join('+')} key`,
    prefix,
    hash,
    scopes,
    createdBy: creator.user.id,
    ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
  })
  if (options.revoked) await deps.apiKeys.revoke(workspaceId, key.id, new Date())
  return { key, secret, headers: { Authorization: `Bearer ${secret}` } }
}

/** A profile in `workspaceId` (default settings unless overridden), made directly in the store. */
export function profileIn(
  deps: AppDependencies,
  workspaceId: string,
  overrides: Partial<ProfileSettings> = {},
) {
  return deps.profiles.create({
    ...profileDefaults,
    retrieval: { ...profileDefaults.retrieval },
    fallbackModelIds: [],
    name: 'Claude',
    provider: 'bedrock',
    modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
    ...overrides,
    id: newId('prf'),
    workspaceId,
  })
}

/** Headers with `X-Workspace-Id` and a JSON content type added to a caller's. */
export const inWorkspace = (headers: Record<string, string>, workspaceId: string) => ({
  ...headers,
  'X-Workspace-Id': workspaceId,
  'Content-Type': 'application/json',
})

/**
 * Everything the in-memory stores hold about workspace data (optionally one workspace's), as
 * text, to prove that a refused request changed nothing. A key's `lastUsedAt` is left out: it
 * is bookkeeping, not a change.
 */
export function snapshotStores(deps: AppDependencies, workspaceId?: string): string {
  const stores = deps as unknown as {
    workspaces: InMemoryWorkspaces
    invitations: InMemoryInvitations
    apiKeys: InMemoryApiKeys
    profiles: InMemoryProfiles
    audit: InMemoryAuditLog
    users: InMemoryUsers
    conversations: InMemoryConversations
    messages: InMemoryMessages
  }
  const knowledge = deps.knowledge as unknown as {
    documents: InMemoryDocuments
    jobs: InMemoryDocumentJobs
    searchHistory: InMemorySearchHistory
    blobs: InMemoryBlobs
    vectors: InMemoryVectors
    lexical: InMemoryLexical
    queue: InMemoryQueue
  }
  const runs = deps.workflowRuns.executions as unknown as InMemoryWorkflowExecutions
  const scoped = <T extends { workspaceId: string }>(items: Iterable<T>) =>
    [...items].filter((item) => workspaceId === undefined || item.workspaceId === workspaceId)
  return JSON.stringify({
    users: workspaceId === undefined ? [...stores.users.byId.values()] : [],
    // Per user, in no workspace: only in the whole-store snapshot.
    preferences:
      workspaceId === undefined
        ? [...(deps.preferences as unknown as InMemoryPreferences).versions]
        : [],
    workspaces: scoped(
      [...stores.workspaces.workspaces.values()].map((w) => ({ ...w, workspaceId: w.id })),
    ),
    members: scoped(stores.workspaces.members.values()),
    invitations: scoped(stores.invitations.byId.values()),
    keys: scoped(stores.apiKeys.byHash.values()).map(({ lastUsedAt: _, ...key }) => key),
    profiles: scoped(stores.profiles.byKey.values()),
    defaultProfiles: scoped(
      [...stores.profiles.defaults].map(([workspaceId, profileId]) => ({ workspaceId, profileId })),
    ),
    audit: scoped(stores.audit.events),
    conversations: scoped(stores.conversations.byId.values()),
    messages: scoped(stores.messages.byId.values()),
    deltas: workspaceId === undefined ? [...stores.messages.deltas] : [],
    documents: scoped(knowledge.documents.byKey.values()),
    chunks: [...knowledge.documents.chunks.keys()].filter(
      (key) => workspaceId === undefined || key.startsWith(`${workspaceId}/`),
    ),
    jobs: scoped(knowledge.jobs.byKey.values()),
    exports: scoped((deps.exportJobs as unknown as InMemoryExportJobs).byKey.values()),
    imports: scoped((deps.importJobs as unknown as InMemoryImportJobs).byKey.values()),
    searches: scoped(knowledge.searchHistory.entries),
    blobs: [...knowledge.blobs.objects.keys()].filter(
      (key) => workspaceId === undefined || key.includes(`/${workspaceId}/`),
    ),
    vectors: workspaceId === undefined ? [] : knowledge.vectors.ids(workspaceId),
    lexical: workspaceId === undefined ? [] : knowledge.lexical.ids(workspaceId),
    queued: knowledge.queue.sent,
    prompts: scoped((deps.prompts as unknown as InMemoryPrompts).byKey.values()),
    agents: scoped((deps.agents as unknown as InMemoryAgents).byKey.values()),
    workflows: scoped((deps.workflows as unknown as InMemoryWorkflows).byKey.values()),
    toolServers: scoped((deps.tools.servers as unknown as InMemoryToolServers).byKey.values()),
    toolChecks: scoped((deps.tools.servers as unknown as InMemoryToolServers).checks),
    toolCalls: scoped((deps.tools.calls as unknown as InMemoryToolCallLog).records),
    executions: scoped(runs.byId.values()),
    nodeRuns: scoped(runs.nodeRuns.values()),
    approvals: scoped(runs.approvals.values()),
    experiments: scoped((deps.experiments as unknown as InMemoryExperiments).byKey.values()),
    experimentAssignments: [
      ...(deps.experiments as unknown as InMemoryExperiments).assignments,
    ].filter(([key]) => workspaceId === undefined || key.startsWith(`${workspaceId}/`)),
    experimentCounters: [
      ...(deps.experiments as unknown as InMemoryExperiments).counterItems,
    ].filter(([key]) => workspaceId === undefined || key.startsWith(`${workspaceId}/`)),
    retention: scoped((deps.retention as unknown as InMemoryRetention).policies.values()),
    reports: scoped((deps.reports as unknown as InMemoryReports).byKey.values()),
    reportRuns: scoped((deps.reports as unknown as InMemoryReports).runs.values()),
    reportSchedules: scoped((deps.reports as unknown as InMemoryReports).schedules.values()),
    webhooks: scoped((deps.webhooks.endpoints as unknown as InMemoryWebhooks).byKey.values()),
    webhookDeliveries: scoped(
      (deps.webhooks.deliveries as unknown as InMemoryWebhookDeliveries).byKey.values(),
    ),
    webhookAttempts: scoped(
      (deps.webhooks.deliveries as unknown as InMemoryWebhookDeliveries).attemptLog,
    ),
    webhooksQueued: (deps.webhooks.queue as unknown as InMemoryQueue).sent,
    usage: [...(deps.usage as unknown as InMemoryUsageCounters).counters]
      .filter(([scope]) => workspaceId === undefined || scope === workspaceId)
      .map(([scope, days]) => [scope, [...days]]),
  })
}

/** A response body as route tests read it: loose JSON whose shape the assertions check. */
// biome-ignore lint/suspicious/noExplicitAny: the assertions that follow are the type check
export type Json = any
export const bodyOf = (response: Response): Promise<Json> => response.json()

/** A clock that moves on by `stepMs` at every read, so events made in one request still sort. */
export function tickingClock(start = Date.now(), stepMs = 10): () => Date {
  let now = start
  return () => {
    now += stepMs
    return new Date(now)
  }
}
