import { describe, expect, it } from 'vitest'
import type { Principal } from '../access/principal'
import { ScryptPasswordHasher } from '../identity/scrypt-password-hasher'
import { FakeStateMachineRunner, InMemoryBlobs, InMemoryLexical, InMemoryVectors } from '../testing'
import { team } from '../workspaces/team-fixture'
import { type AccountDeletionStep, anonymisedUser } from './account-deletion-ports'
import { runAccountDeletionStep } from './account-deletion-steps'
import { requestAccountDeletion } from './request-account-deletion'

const password = 'correct horse battery staple'
const machine = 'arn:aws:states:us-east-1:000000000000:stateMachine:account-deletion'

async function setup() {
  const t = await team()
  const passwords = new ScryptPasswordHasher({ N: 2 ** 10, r: 8, p: 1 })
  const passwordHash = await passwords.hash(password)
  for (const user of [t.owner, t.admin, t.member]) await t.users.update(user.id, { passwordHash })
  // The member's personal workspace, owned alone.
  await t.workspaces.create({
    id: `ws_personal_${t.member.id}`,
    name: 'Personal',
    personal: true,
    owner: { userId: t.member.id, email: t.member.email },
  })
  const runner = new FakeStateMachineRunner()
  const deleted: string[] = []
  const ports = {
    ...t,
    passwords,
    accountDeletion: { runner, stateMachine: machine },
    knowledge: {
      documents: t.documents,
      blobs: new InMemoryBlobs(),
      vectors: new InMemoryVectors(),
      lexical: new InMemoryLexical(),
      searchHistory: t.searchHistory,
    },
    preferences: { deleteAll: async (userId: string) => void deleted.push(userId) },
  }
  const principal = (userId: string) =>
    ({ type: 'user', userId, sessionId: 'ses_1', systemAdmin: false }) as const
  return { ...t, ports, runner, principal, preferencesDeleted: deleted }
}

/** Runs the steps as the state machine does. */
async function runMachine(ports: Parameters<typeof runAccountDeletionStep>[0], userId: string) {
  const run = (step: AccountDeletionStep) => runAccountDeletionStep(ports, step)
  const plan = (await run({ step: 'block', userId })) as {
    workspaces: { workspaceId: string; action: 'delete' | 'leave' }[]
  }
  for (const workspace of plan.workspaces) await run({ step: 'workspace', userId, workspace })
  await run({ step: 'preferences', userId })
  await run({ step: 'forget', userId })
  await run({ step: 'record', userId, workspaces: plan.workspaces })
  return plan
}

describe('requesting an account deletion', () => {
  it('starts the state machine for the signed-in user with the right password', async () => {
    const t = await setup()
    const job = await requestAccountDeletion(t.ports, t.principal(t.member.id), { password })
    expect(job.status).toBe('RUNNING')
    const execution = await t.runner.describe(job.executionArn)
    expect(execution?.input).toMatchObject({ userId: t.member.id })
  })

  it('refuses a wrong password and API keys, starting nothing', async () => {
    const t = await setup()
    await expect(
      requestAccountDeletion(t.ports, t.principal(t.member.id), { password: 'wrong one' }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
    const key: Principal = {
      type: 'apiKey',
      apiKeyId: 'key_1',
      userId: t.member.id,
      workspaceId: t.workspace.id,
      scopes: ['admin'],
    }
    await expect(requestAccountDeletion(t.ports, key, { password })).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    expect(t.runner.executions.size).toBe(0)
  })

  it('is blocked (409 naming it) by a workspace the user owns with other members', async () => {
    const t = await setup()
    await expect(
      requestAccountDeletion(t.ports, t.principal(t.owner.id), { password }),
    ).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringContaining('"Team"'),
    })
    expect(t.runner.executions.size).toBe(0)
  })
})

describe('the deletion steps', () => {
  it('delete what the user owns alone, leave shared workspaces, and forget the user', async () => {
    const t = await setup()
    const personal = `ws_personal_${t.member.id}`
    const base = { archived: false, messageCount: 0, lastActivityAt: '2026-01-01T00:00:00Z' }
    await t.conversations.create({
      ...base,
      id: 'cnv_mine',
      workspaceId: t.workspace.id,
      userId: t.member.id,
      title: 'mine',
    })
    await t.conversations.create({
      ...base,
      id: 'cnv_old',
      workspaceId: t.workspace.id,
      userId: t.member.id,
      title: 'old',
      archived: true,
    })
    await t.conversations.create({
      ...base,
      id: 'cnv_theirs',
      workspaceId: t.workspace.id,
      userId: t.admin.id,
      title: 'theirs',
    })
    await t.apiKeys.create({
      id: 'key_member',
      workspaceId: t.workspace.id,
      name: 'ci',
      prefix: 'ck_',
      hash: 'h1',
      scopes: ['write'],
      createdBy: t.member.id,
    })
    await t.refreshTokens.create({
      id: 'ses_1',
      userId: t.member.id,
      currentHash: 'x',
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: '2027-01-01T00:00:00Z',
    })

    const plan = await runMachine(t.ports, t.member.id)

    expect(plan.workspaces).toEqual(
      expect.arrayContaining([
        { workspaceId: t.workspace.id, action: 'leave' },
        { workspaceId: personal, action: 'delete' },
      ]),
    )
    expect(await t.users.getById(t.member.id)).toBeUndefined()
    expect(await t.users.getByEmail(t.member.email)).toBeUndefined()
    expect(await t.workspaces.get(personal)).toBeUndefined()
    expect(await t.workspaces.get(t.workspace.id)).toBeDefined()
    expect(await t.workspaces.getMembership(t.workspace.id, t.member.id)).toBeUndefined()
    expect(await t.workspaces.getMembership(t.workspace.id, t.admin.id)).toBeDefined()
    expect(await t.conversations.get(t.workspace.id, 'cnv_mine')).toBeUndefined()
    expect(await t.conversations.get(t.workspace.id, 'cnv_old')).toBeUndefined()
    expect(await t.conversations.get(t.workspace.id, 'cnv_theirs')).toBeDefined()
    expect((await t.apiKeys.get(t.workspace.id, 'key_member'))?.revokedAt).toBeDefined()
    expect((await t.refreshTokens.get('ses_1'))?.revoked).toBe(true)
    expect(t.preferencesDeleted).toEqual([t.member.id])
    const record = t.audit.events.find(
      (e) => e.workspaceId === t.workspace.id && e.action === 'account.deleted',
    )
    expect(record?.actor).toEqual({ type: 'system', label: anonymisedUser(t.member.id) })
    expect(JSON.stringify(record)).not.toContain(t.member.id)
    expect(JSON.stringify(record)).not.toContain(t.member.email)
  })

  it('can run twice: a rerun of every step finds nothing left to do', async () => {
    const t = await setup()
    await runMachine(t.ports, t.member.id)
    await expect(
      runAccountDeletionStep(t.ports, {
        step: 'workspace',
        userId: t.member.id,
        workspace: { workspaceId: t.workspace.id, action: 'leave' },
      }),
    ).resolves.toMatchObject({ left: false, conversations: 0 })
    await expect(
      runAccountDeletionStep(t.ports, { step: 'forget', userId: t.member.id }),
    ).resolves.toEqual({ userDeleted: false })
  })
})
