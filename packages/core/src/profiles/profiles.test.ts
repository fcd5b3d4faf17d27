import { describe, expect, it } from 'vitest'
import type { Acting } from '../audit/acting'
import { team } from '../workspaces/team-fixture'
import { getDefaultProfile, getProfile, listProfiles } from './read-profiles'
import {
  createProfile,
  deleteProfile,
  type NewProfileInput,
  setDefaultProfile,
  updateProfile,
} from './write-profiles'

const claude: NewProfileInput = {
  name: 'Claude',
  provider: 'bedrock',
  modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
}

async function withProfiles() {
  const t = await team()
  const ownerActs = await t.as(t.owner)
  const first = await createProfile(t, ownerActs, claude)
  const second = await createProfile(t, ownerActs, {
    ...claude,
    name: 'Llama',
    provider: 'openai',
    modelId: 'llama3.1:8b',
  })
  const snapshot = () => JSON.stringify([[...t.profiles.byKey], [...t.profiles.defaults]])
  return { ...t, ownerActs, first, second, snapshot }
}

const defaultsIn = async (t: Awaited<ReturnType<typeof team>>, acting: Acting) =>
  (await listProfiles(t, acting, { limit: 100 })).items.filter((p) => p.isDefault).map((p) => p.id)

describe('createProfile', () => {
  it('fills every omitted setting and makes the first profile, only, the default', async () => {
    const t = await withProfiles()
    expect(t.first).toMatchObject({
      ...claude,
      workspaceId: 'ws_team',
      temperature: 0.7,
      topP: 0.9,
      maxTokens: 1024,
      systemPrompt: '',
      retrieval: { enabled: false, topK: 5 },
      fallbackModelIds: [],
      isDefault: true,
    })
    expect(t.first.id).toMatch(/^prf_/)
    expect(t.second.isDefault).toBe(false)
    expect((await getDefaultProfile(t, t.ownerActs)).id).toBe(t.first.id)
    expect(await defaultsIn(t, t.ownerActs)).toEqual([t.first.id])
  })

  it('merges a partial retrieval into the defaults and refuses bad settings, storing nothing', async () => {
    const t = await team()
    const owner = await t.as(t.owner)
    const made = await createProfile(t, owner, { ...claude, retrieval: { enabled: true } })
    expect(made.retrieval).toEqual({ enabled: true, topK: 5 })
    await expect(
      createProfile(t, owner, { ...claude, temperature: 1.5, fallbackModelIds: ['x', 'x'] }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'temperature' }, { path: 'fallbackModelIds' }] },
    })
    expect(t.profiles.byKey.size).toBe(1)
  })
})

describe('profile permissions and tenancy', () => {
  it('lets a viewer and a read key read, and neither change anything', async () => {
    const t = await withProfiles()
    for (const acting of [await t.as(t.viewer), await t.asKey(t.owner, ['read'])]) {
      expect((await getProfile(t, acting, { profileId: t.first.id })).id).toBe(t.first.id)
      expect((await listProfiles(t, acting, { limit: 10 })).items).toHaveLength(2)
      expect((await getDefaultProfile(t, acting)).id).toBe(t.first.id)
      const before = t.snapshot()
      const profileId = t.second.id
      for (const attempt of [
        () => createProfile(t, acting, claude),
        () => updateProfile(t, acting, { profileId, patch: { name: 'Mine' } }),
        () => deleteProfile(t, acting, { profileId }),
        () => setDefaultProfile(t, acting, { profileId }),
      ])
        await expect(attempt()).rejects.toMatchObject({
          code: 'auth.forbidden',
          details: { permission: 'write' },
        })
      expect(t.snapshot()).toBe(before)
    }
  })

  it('lets a member and a write key change profiles', async () => {
    const t = await withProfiles()
    for (const acting of [await t.as(t.member), await t.asKey(t.owner, ['write'])])
      await setDefaultProfile(t, acting, { profileId: t.second.id })
    expect((await getDefaultProfile(t, t.ownerActs)).id).toBe(t.second.id)
  })

  it("answers 404 for another workspace's profile, reading and changing nothing", async () => {
    const t = await withProfiles()
    const outsider = await t.as(t.outsider, 'ws_other')
    const before = t.snapshot()
    const profileId = t.second.id
    for (const attempt of [
      () => getProfile(t, outsider, { profileId }),
      () => updateProfile(t, outsider, { profileId, patch: { name: 'Stolen' } }),
      () => deleteProfile(t, outsider, { profileId }),
      () => setDefaultProfile(t, outsider, { profileId }),
    ])
      await expect(attempt()).rejects.toMatchObject({ code: 'resource.notFound' })
    await expect(getDefaultProfile(t, outsider)).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    expect((await listProfiles(t, outsider, { limit: 10 })).items).toEqual([])
    expect(t.snapshot()).toBe(before)
  })
})

describe('updateProfile', () => {
  it('changes only the given fields, merging retrieval; minScore null clears it', async () => {
    const t = await withProfiles()
    const profileId = t.first.id
    const scored = await updateProfile(t, t.ownerActs, {
      profileId,
      patch: { temperature: 0.2, retrieval: { enabled: true, minScore: 0.4 } },
    })
    expect(scored).toMatchObject({
      name: 'Claude',
      temperature: 0.2,
      retrieval: { enabled: true, topK: 5, minScore: 0.4 },
      isDefault: true,
    })
    const cleared = await updateProfile(t, t.ownerActs, {
      profileId,
      patch: { retrieval: { minScore: null } },
    })
    expect(cleared.retrieval).toEqual({ enabled: true, topK: 5 })
  })

  it('checks the merged profile: a new model id may not be one of its fallbacks', async () => {
    const t = await withProfiles()
    const profileId = t.first.id
    await updateProfile(t, t.ownerActs, { profileId, patch: { fallbackModelIds: ['llama3.1:8b'] } })
    const before = t.snapshot()
    await expect(
      updateProfile(t, t.ownerActs, { profileId, patch: { modelId: 'llama3.1:8b' } }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'fallbackModelIds' }] },
    })
    expect(t.snapshot()).toBe(before)
  })

  it('stores nothing for a patch that changes nothing', async () => {
    const t = await withProfiles()
    const before = t.snapshot()
    const same = await updateProfile(t, t.ownerActs, {
      profileId: t.first.id,
      patch: { name: ' Claude ', temperature: 0.7 },
    })
    expect(same).toEqual(t.first)
    expect(t.snapshot()).toBe(before)
  })
})

describe('the one default', () => {
  it('moves with setDefault, idempotently, never leaving two', async () => {
    const t = await withProfiles()
    const moved = await setDefaultProfile(t, t.ownerActs, { profileId: t.second.id })
    expect(moved).toMatchObject({ id: t.second.id, isDefault: true })
    await setDefaultProfile(t, t.ownerActs, { profileId: t.second.id })
    expect(await defaultsIn(t, t.ownerActs)).toEqual([t.second.id])
    expect((await getProfile(t, t.ownerActs, { profileId: t.first.id })).isDefault).toBe(false)
  })

  it('refuses to delete the default while others remain; the last one may go', async () => {
    const t = await withProfiles()
    await expect(deleteProfile(t, t.ownerActs, { profileId: t.first.id })).rejects.toMatchObject({
      code: 'resource.conflict',
      message: expect.stringMatching(/make another profile the default first/),
    })
    await deleteProfile(t, t.ownerActs, { profileId: t.second.id })
    await deleteProfile(t, t.ownerActs, { profileId: t.first.id })
    await expect(getDefaultProfile(t, t.ownerActs)).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    await expect(deleteProfile(t, t.ownerActs, { profileId: t.first.id })).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    const next = await createProfile(t, t.ownerActs, claude)
    expect(next.isDefault).toBe(true)
  })
})

describe('a prompt template as the system prompt', () => {
  async function withTemplate() {
    const t = await team()
    const ownerActs = await t.as(t.owner)
    const prompt = await t.prompts.create({
      id: 'prm_tone',
      workspaceId: 'ws_team',
      name: 'Tone',
      template: 'Answer in a {{tone}} tone, in {{words}} words.',
      variables: [
        { name: 'tone', type: 'string', required: true },
        { name: 'words', type: 'number', required: false, default: 80 },
      ],
      tags: [],
      createdBy: 'usr_owner',
    })
    return { ...t, ownerActs, prompt }
  }

  it('accepts a prompt of the workspace that renders with the given variables', async () => {
    const t = await withTemplate()
    const made = await createProfile(t, t.ownerActs, {
      ...claude,
      systemPromptId: t.prompt.id,
      systemPromptVariables: { tone: 'dry' },
    })
    expect(made).toMatchObject({
      systemPromptId: 'prm_tone',
      systemPromptVariables: { tone: 'dry' },
    })
    const cleared = await updateProfile(t, t.ownerActs, {
      profileId: made.id,
      patch: { systemPromptId: null },
    })
    expect(cleared).not.toHaveProperty('systemPromptId')
    expect(cleared).not.toHaveProperty('systemPromptVariables')
  })

  it('refuses an unknown prompt, and variables the prompt cannot render with, by path', async () => {
    const t = await withTemplate()
    await expect(
      createProfile(t, t.ownerActs, { ...claude, systemPromptId: 'prm_missing' }),
    ).rejects.toMatchObject({
      code: 'request.invalid',
      details: { errors: [{ path: 'systemPromptId' }] },
    })
    const made = await createProfile(t, t.ownerActs, claude)
    const attempt = updateProfile(t, t.ownerActs, {
      profileId: made.id,
      patch: { systemPromptId: t.prompt.id, systemPromptVariables: { words: 'many', mood: 'x' } },
    })
    await expect(attempt).rejects.toMatchObject({ code: 'request.invalid' })
    const paths = await attempt.catch((e: { details: { errors: { path: string }[] } }) =>
      e.details.errors.map((error) => error.path),
    )
    expect(paths).toEqual([
      'systemPromptVariables.tone',
      'systemPromptVariables.words',
      'systemPromptVariables.mood',
    ])
    // A prompt of another workspace is no prompt here.
    await t.prompts.create({ ...t.prompt, id: 'prm_far', workspaceId: 'ws_other' })
    await expect(
      updateProfile(t, t.ownerActs, { profileId: made.id, patch: { systemPromptId: 'prm_far' } }),
    ).rejects.toMatchObject({ details: { errors: [{ path: 'systemPromptId' }] } })
  })
})
