import { describe, expect, it } from 'vitest'
import type { Principal } from '../access/principal'
import { InMemoryPreferences } from '../testing'
import { canonicalLanguage } from './preference-rules'
import { getPreferences, listPreferenceVersions, updatePreferences } from './preferences'

const person: Principal = {
  type: 'user',
  userId: 'usr_ann',
  sessionId: 'ses_1',
  systemAdmin: false,
}
const keyWith = (scopes: ('read' | 'write' | 'admin')[]): Principal => ({
  type: 'apiKey',
  apiKeyId: 'key_1',
  userId: 'usr_ann',
  workspaceId: 'ws_1',
  scopes,
})
const now = new Date('2026-03-01T12:00:00Z')

function world() {
  const ports = { preferences: new InMemoryPreferences() }
  const update = (patch: object, expectedVersion?: number, principal: Principal = person) =>
    updatePreferences(
      ports,
      { principal, now },
      { patch, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
    )
  return { ports, update, read: () => getPreferences(ports, { principal: person }) }
}

describe('user preferences', () => {
  it('are the defaults at version 0 until the user saves any', async () => {
    const w = world()
    expect(await w.read()).toEqual({
      userId: 'usr_ann',
      streaming: true,
      toolsEnabled: true,
      version: 0,
    })
  })

  it('replace only the given fields, and every save is a new version', async () => {
    const w = world()
    await w.update({ language: 'fr-ca', memoryWindow: 10 })
    const second = await w.update({ toolsEnabled: false, defaultProfileId: 'prf_1' })
    expect(second).toEqual({
      userId: 'usr_ann',
      language: 'fr-CA',
      memoryWindow: 10,
      toolsEnabled: false,
      streaming: true,
      defaultProfileId: 'prf_1',
      version: 2,
      updatedAt: now.toISOString(),
      updatedBy: 'usr_ann',
    })
    expect(await w.read()).toEqual(second)
  })

  it('clear a field given as null, back to its default', async () => {
    const w = world()
    await w.update({ language: 'de', memoryWindow: 5, streaming: false, toolsEnabled: false })
    const cleared = await w.update({
      language: null,
      memoryWindow: null,
      streaming: null,
      toolsEnabled: null,
    })
    expect(cleared).not.toHaveProperty('language')
    expect(cleared).not.toHaveProperty('memoryWindow')
    expect(cleared).toMatchObject({ streaming: true, toolsEnabled: true, version: 2 })
  })

  it('refuse a stale expectedVersion with a 409 and change nothing', async () => {
    const w = world()
    await w.update({ language: 'en' }, 0)
    await w.update({ language: 'es' }, 1)
    await expect(w.update({ language: 'it' }, 1)).rejects.toMatchObject({
      code: 'resource.conflict',
      details: { currentVersion: 2 },
    })
    expect(await w.read()).toMatchObject({ language: 'es', version: 2 })
  })

  it('refuse a save racing another one on the same version (the store is conditional)', async () => {
    const w = world()
    const results = await Promise.allSettled([
      w.update({ language: 'en' }),
      w.update({ language: 'fr' }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect((await w.read()).version).toBe(1)
  })

  it.each([
    [{ memoryWindow: 0 }, 'memoryWindow'],
    [{ memoryWindow: 201 }, 'memoryWindow'],
    [{ memoryWindow: 2.5 }, 'memoryWindow'],
    [{ language: 'not a language' }, 'language'],
    [{ language: '' }, 'language'],
    [{ streaming: 'yes' }, 'streaming'],
    [{ defaultProfileId: '' }, 'defaultProfileId'],
    [{ colour: 'blue' }, 'colour'],
  ])('answer 422 naming the field for %j', async (patch, path) => {
    const w = world()
    await expect(w.update(patch)).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [expect.objectContaining({ path })] },
    })
    expect((await w.read()).version).toBe(0)
  })

  it('name every bad field at once', async () => {
    const w = world()
    await expect(w.update({ memoryWindow: 500, language: '123' })).rejects.toMatchObject({
      details: {
        errors: [
          expect.objectContaining({ path: 'language' }),
          expect.objectContaining({ path: 'memoryWindow' }),
        ],
      },
    })
  })

  it('may be changed by a write key for its creator, not by a read-only key', async () => {
    const w = world()
    await expect(w.update({ language: 'en' }, undefined, keyWith(['read']))).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
    const saved = await w.update({ language: 'en' }, undefined, keyWith(['write']))
    expect(saved).toMatchObject({ userId: 'usr_ann', updatedBy: 'apiKey:key_1' })
  })

  it('keep the last 20 versions readable, newest first', async () => {
    const w = world()
    for (let i = 1; i <= 23; i++) await w.update({ memoryWindow: i })
    const page = await listPreferenceVersions(w.ports, { principal: person }, { limit: 100 })
    expect(page.items.map((v) => v.version)).toEqual(Array.from({ length: 20 }, (_, i) => 23 - i))
    expect(page.items[0]).toMatchObject({ memoryWindow: 23, updatedBy: 'usr_ann' })
  })
})

describe('canonicalLanguage', () => {
  it('canonicalises BCP 47 tags and refuses what is not one', () => {
    expect(canonicalLanguage('EN')).toBe('en')
    expect(canonicalLanguage('fr-ca')).toBe('fr-CA')
    expect(canonicalLanguage('zh-hant-tw')).toBe('zh-Hant-TW')
    expect(canonicalLanguage('english please')).toBeUndefined()
    expect(canonicalLanguage('')).toBeUndefined()
  })
})
