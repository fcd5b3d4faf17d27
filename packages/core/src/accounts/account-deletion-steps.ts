import { newAuditEvent } from '../audit/new-audit-event'
import { DomainError } from '../errors'
import type { ApiKey } from '../ports/api-key-repository'
import { removeKnowledge } from '../workspaces/manage-workspace'
import {
  type AccountDeletionPorts,
  type AccountDeletionStep,
  anonymisedUser,
  type WorkspaceFate,
} from './account-deletion-ports'
import { allMembershipsOf, hasOtherMembers } from './request-account-deletion'

const nowOf = (ports: Pick<AccountDeletionPorts, 'clock'>) => ports.clock?.() ?? new Date()

/**
 * Runs one step of an account deletion (the account-deletion state machine's Task). Every step
 * can run twice: what is gone is not found again.
 *
 * 1. `block`: disable the user, revoke every session and every API key they created, and plan
 *    each workspace: one they own (or their personal one) is deleted, any other is left.
 * 2. `workspace` (per planned workspace): delete it with everything in it (documents' files,
 *    vectors, lexical index; the repository's cascade), or leave it: their private
 *    conversations and search history go, then their membership.
 * 3. `preferences`: delete their preferences (when this runtime stores any).
 * 4. `forget`: delete the user and their email record.
 * 5. `record`: leave `account.deleted` in each workspace they were in, the actor anonymised.
 */
export async function runAccountDeletionStep(
  ports: AccountDeletionPorts,
  input: AccountDeletionStep,
): Promise<unknown> {
  switch (input.step) {
    case 'block':
      return block(ports, input.userId)
    case 'workspace':
      return input.workspace.action === 'delete'
        ? deleteOwnedWorkspace(ports, input.userId, input.workspace.workspaceId)
        : leaveWorkspace(ports, input.userId, input.workspace.workspaceId)
    case 'preferences':
      await ports.preferences?.deleteAll(input.userId)
      return { preferences: ports.preferences !== undefined }
    case 'forget':
      return { userDeleted: await ports.users.delete(input.userId) }
    case 'record':
      return record(ports, input.userId, input.workspaces)
  }
}

async function block(
  ports: AccountDeletionPorts,
  userId: string,
): Promise<{ workspaces: WorkspaceFate[]; apiKeysRevoked: number; sessionsRevoked: number }> {
  const user = await ports.users.getById(userId)
  if (user && !user.disabled) await ports.users.update(userId, { disabled: true })
  const sessionsRevoked = await ports.refreshTokens.revokeAllOf(userId)
  const now = nowOf(ports)
  let apiKeysRevoked = 0
  const workspaces: WorkspaceFate[] = []
  for (const membership of await allMembershipsOf(ports.workspaces, userId)) {
    const { workspaceId } = membership
    for (const key of await keysOf(ports, workspaceId, userId)) {
      await ports.apiKeys.revoke(workspaceId, key.id, now)
      apiKeysRevoked += 1
    }
    const workspace = await ports.workspaces.get(workspaceId)
    const owns = workspace?.ownerId === userId || membership.role === 'owner'
    workspaces.push({ workspaceId, action: owns ? 'delete' : 'leave' })
  }
  return { workspaces, apiKeysRevoked, sessionsRevoked }
}

/** The user's unrevoked API keys in a workspace. */
async function keysOf(
  ports: AccountDeletionPorts,
  workspaceId: string,
  userId: string,
): Promise<ApiKey[]> {
  const keys: ApiKey[] = []
  let cursor: string | undefined
  do {
    const page = await ports.apiKeys.list(workspaceId, { limit: 100, cursor })
    keys.push(...page.items.filter((key) => key.createdBy === userId && !key.revokedAt))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return keys
}

async function deleteOwnedWorkspace(
  ports: AccountDeletionPorts,
  userId: string,
  workspaceId: string,
): Promise<{ workspaceId: string; deleted: boolean; documents: number }> {
  const workspace = await ports.workspaces.get(workspaceId)
  if (!workspace) return { workspaceId, deleted: false, documents: 0 }
  // Someone joined after the request was accepted: deleting would take their workspace from them.
  if (!workspace.personal && (await hasOtherMembers(ports.workspaces, workspaceId, userId)))
    throw new DomainError(
      'resource.conflict',
      `The workspace "${workspace.name}" has other members now; transfer its ownership first.`,
    )
  const documents = await removeKnowledge(ports.knowledge, workspaceId)
  await ports.workspaces.delete(workspaceId)
  return { workspaceId, deleted: true, documents }
}

async function leaveWorkspace(
  ports: AccountDeletionPorts,
  userId: string,
  workspaceId: string,
): Promise<{ workspaceId: string; conversations: number; left: boolean }> {
  // Conversations are private to their creator: nobody else could open them once they left.
  let conversations = 0
  for (const archived of [false, true]) {
    while (true) {
      const page = await ports.conversations.list(workspaceId, { userId, archived }, { limit: 50 })
      for (const conversation of page.items)
        await ports.conversations.delete(workspaceId, conversation.id)
      conversations += page.items.length
      if (!page.nextCursor || page.items.length === 0) break
    }
  }
  await ports.knowledge.searchHistory?.clear(workspaceId, userId)
  const left = await ports.workspaces.removeMember(workspaceId, userId)
  return { workspaceId, conversations, left }
}

async function record(
  ports: AccountDeletionPorts,
  userId: string,
  workspaces: WorkspaceFate[],
): Promise<{ recorded: number }> {
  const label = anonymisedUser(userId)
  const at = nowOf(ports)
  for (const { workspaceId, action } of workspaces)
    await ports.audit.record(
      newAuditEvent(
        {
          workspaceId,
          action: 'account.deleted',
          actor: { type: 'system', label },
          target: { type: 'user', id: label, label },
          details: { workspace: action === 'delete' ? 'deleted' : 'left' },
        },
        {},
        at,
      ),
    )
  return { recorded: workspaces.length }
}
