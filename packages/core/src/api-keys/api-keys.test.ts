import { describe, expect, it } from 'vitest'
import { hashSecret } from '../ids/ids'
import { team } from '../workspaces/team-fixture'
import { createApiKey, listApiKeys, revokeApiKey } from './api-keys'

describe('createApiKey', () => {
  it('answers the secret once and stores only its hash', async () => {
    const t = await team()
    const { key, secret } = await createApiKey(t, await t.as(t.admin), {
      name: ' CI deploys ',
      scopes: ['read', 'write', 'read'],
      expiresAt: '2026-06-01T00:00:00+02:00',
    })
    expect(secret).toMatch(/^chk_[\w-]{43}$/)
    expect(key).toMatchObject({
      name: 'CI deploys',
      scopes: ['read', 'write'],
      prefix: secret.slice(0, 12),
      createdBy: t.admin.id,
      workspaceId: 'ws_team',
      expiresAt: '2026-05-31T22:00:00.000Z',
    })
    expect(key).not.toHaveProperty('hash')
    const stored = await t.apiKeys.findByHash(hashSecret(secret))
    expect(stored?.id).toBe(key.id)
    expect(JSON.stringify([...t.apiKeys.byHash.values()])).not.toContain(secret)
    expect(t.audit.events.at(-1)).toMatchObject({
      action: 'key.created',
      target: { type: 'apiKey', id: key.id, label: 'CI deploys' },
      details: { scopes: 'read write' },
    })
  })

  it('lets an admin create an admin-scoped key, and no member or viewer any key', async () => {
    const t = await team()
    const { key } = await createApiKey(t, await t.as(t.admin), { name: 'ops', scopes: ['admin'] })
    expect(key.scopes).toEqual(['admin'])
    for (const user of [t.member, t.viewer])
      await expect(
        createApiKey(t, await t.as(user), { name: 'mine', scopes: ['read'] }),
      ).rejects.toMatchObject({
        code: 'auth.forbidden',
        message: expect.stringMatching(/manageKeys/),
      })
  })

  it('never lets a key mint a key with more than it has', async () => {
    const t = await team()
    const adminKey = await t.asKey(t.owner, ['admin'])
    expect((await createApiKey(t, adminKey, { name: 'r', scopes: ['read'] })).key.scopes).toEqual([
      'read',
    ])
    await expect(
      createApiKey(t, await t.asKey(t.owner, ['write']), { name: 'w', scopes: ['admin'] }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' })
  })

  it.each([
    ['in the past', '2026-02-28T00:00:00Z', /future/],
    ['over a year away', '2027-03-03T00:00:00Z', /366 days/],
    ['not a time', 'next tuesday', /ISO 8601/],
  ])('refuses an expiry %s', async (_, expiresAt, message) => {
    const t = await team()
    await expect(
      createApiKey(t, await t.as(t.owner), { name: 'k', scopes: ['read'], expiresAt }),
    ).rejects.toMatchObject({ code: 'request.invalid', message: expect.stringMatching(message) })
    expect(t.apiKeys.byHash.size).toBe(0)
  })
})

describe('listApiKeys and revokeApiKey', () => {
  it('lists without hashes and revokes idempotently, recording it once', async () => {
    const t = await team()
    const owner = await t.as(t.owner)
    const { key } = await createApiKey(t, owner, { name: 'k', scopes: ['read'] })
    const revoked = await revokeApiKey(t, owner, { keyId: key.id })
    expect(revoked.revokedAt).toBe(t.now.toISOString())
    expect((await revokeApiKey(t, owner, { keyId: key.id })).revokedAt).toBe(revoked.revokedAt)
    expect(t.audit.events.filter((e) => e.action === 'key.revoked')).toHaveLength(1)
    const page = await listApiKeys(t.apiKeys, owner, { limit: 10 })
    expect(page.items).toHaveLength(1)
    expect(page.items[0]).not.toHaveProperty('hash')
    expect(page.items[0]?.revokedAt).toBe(revoked.revokedAt)
  })

  it("answers 404 for another workspace's key, leaving it alone", async () => {
    const t = await team()
    const { key } = await createApiKey(t, await t.as(t.owner), { name: 'k', scopes: ['read'] })
    await expect(
      revokeApiKey(t, await t.as(t.outsider, 'ws_other'), { keyId: key.id }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
    expect((await t.apiKeys.get('ws_team', key.id))?.revokedAt).toBeUndefined()
  })
})
