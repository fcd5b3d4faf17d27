import type { Principal } from '../access/principal'
import { DomainError } from '../errors'
import type { Membership, WorkspaceRepository } from '../ports/workspace-repository'
import type { AccountDeletionInput, AccountDeletionRequestPorts } from './account-deletion-ports'

/** The deletion job the caller is given: the state machine execution that runs it. */
export interface AccountDeletionJob {
  id: string
  executionArn: string
  status: 'RUNNING'
  startedAt: string
}

/** Every membership of a user, all pages. */
export async function allMembershipsOf(
  workspaces: Pick<WorkspaceRepository, 'listMembershipsOf'>,
  userId: string,
): Promise<Membership[]> {
  const memberships: Membership[] = []
  let cursor: string | undefined
  do {
    const page = await workspaces.listMembershipsOf(userId, { limit: 100, cursor })
    memberships.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return memberships
}

/** Whether anyone but `userId` is a member of the workspace. */
export async function hasOtherMembers(
  workspaces: Pick<WorkspaceRepository, 'listMembers'>,
  workspaceId: string,
  userId: string,
): Promise<boolean> {
  const { items } = await workspaces.listMembers(workspaceId, { limit: 2 })
  return items.some((member) => member.userId !== userId)
}

/**
 * Starts the deletion of the signed-in user's account (the right to be forgotten).
 *
 * 1. Only the person themselves: an API key is refused (403), and the password is asked again
 *    (403 when wrong), so a stolen access token alone cannot erase an account.
 * 2. A shared workspace they own with other members blocks it (409 naming the workspaces):
 *    ownership goes to someone else first, or the workspace is deleted.
 * 3. Start the account-deletion state machine (block sign-in, each workspace deleted or left,
 *    preferences, the user, the audit records) and answer the job.
 */
export async function requestAccountDeletion(
  ports: AccountDeletionRequestPorts,
  principal: Principal,
  input: { password: string },
): Promise<AccountDeletionJob> {
  if (principal.type !== 'user')
    throw new DomainError('auth.forbidden', 'An API key cannot delete an account; sign in.')
  const user = await ports.users.getById(principal.userId)
  if (!user || user.disabled)
    throw new DomainError('auth.unauthenticated', 'This session has ended; sign in again.')
  const matches =
    user.passwordHash !== undefined &&
    (await ports.passwords.verify(input.password, user.passwordHash))
  if (!matches) throw new DomainError('auth.forbidden', 'The password is wrong.')

  const blocking: Membership[] = []
  for (const membership of await allMembershipsOf(ports.workspaces, user.id)) {
    if (membership.role !== 'owner') continue
    if (await hasOtherMembers(ports.workspaces, membership.workspaceId, user.id))
      blocking.push(membership)
  }
  if (blocking.length > 0) {
    const names = blocking.map((membership) => `"${membership.workspaceName}"`).join(', ')
    throw new DomainError(
      'resource.conflict',
      `You own ${names} with other members: transfer ownership or delete ${blocking.length === 1 ? 'it' : 'them'} first.`,
      {
        workspaces: blocking.map(({ workspaceId, workspaceName }) => ({
          id: workspaceId,
          name: workspaceName,
        })),
      },
    )
  }

  const now = ports.clock?.() ?? new Date()
  const name = `account-${user.id}-${now.getTime()}`
  const machineInput: AccountDeletionInput = { userId: user.id, requestedAt: now.toISOString() }
  const started = await ports.accountDeletion.runner.start(
    ports.accountDeletion.stateMachine,
    machineInput,
    { name },
  )
  return {
    id: name,
    executionArn: started.executionArn,
    status: 'RUNNING',
    startedAt: started.startedAt,
  }
}
