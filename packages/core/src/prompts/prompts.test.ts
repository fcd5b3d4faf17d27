import { describe, expect, it } from 'vitest'
import { team } from '../workspaces/team-fixture'
import type { PromptContentInput } from './prompt-rules'
import { getPrompt, getPromptVersion, listPrompts, listPromptVersions } from './read-prompts'
import { renderPrompt } from './render-prompt'
import {
  clonePrompt,
  createPrompt,
  deletePrompt,
  rollbackPrompt,
  updatePrompt,
} from './write-prompts'

const summary: PromptContentInput = {
  name: 'Summary',
  template: 'Summarise {{text}} in {{ words }} words.',
  variables: [
    { name: 'text', type: 'string' },
    { name: 'words', type: 'number', default: 50 },
  ],
  category: 'Writing',
  tags: [' Short ', 'summary'],
}

async function withPrompt() {
  const t = await team()
  const owner = await t.as(t.owner)
  const prompt = await createPrompt(t, owner, summary)
  return { ...t, ownerActs: owner, prompt }
}

const errorsOf = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e as { code: string; details?: { errors?: { path: string }[] } },
  )
  expect(error?.code).toBe('request.invalid')
  return error?.details?.errors?.map((e) => e.path)
}

describe('createPrompt', () => {
  it('stores version 1 with filled-in variables, normalised tags and an audit event', async () => {
    const t = await withPrompt()
    expect(t.prompt).toMatchObject({
      workspaceId: 'ws_team',
      version: 1,
      uses: 0,
      category: 'Writing',
      tags: ['short', 'summary'],
      createdBy: 'usr_owner',
      variables: [
        { name: 'text', type: 'string', required: true },
        { name: 'words', type: 'number', required: false, default: 50 },
      ],
    })
    expect(t.prompt.id).toMatch(/^prm_/)
    const events = await t.audit.query('ws_team', { action: 'prompt.created' }, { limit: 10 })
    expect(events.items[0]?.target).toMatchObject({ type: 'prompt', id: t.prompt.id })
  })

  it('refuses undeclared placeholders, unused and duplicate variables and bad defaults at once', async () => {
    const t = await team()
    const owner = await t.as(t.owner)
    const paths = await errorsOf(
      createPrompt(t, owner, {
        name: ' ',
        template: 'Hi {{who}} and {{ 9lives }}',
        variables: [
          { name: 'unused' },
          { name: 'unused' },
          { name: 'n', type: 'number', default: 'five' },
        ],
        tags: ['ok', 'no!'],
      }),
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'variables.0.name',
        'variables.1.name',
        'variables.2.default',
        'template',
        'tags.1',
      ]),
    )
    expect(t.prompts.byKey.size).toBe(0)
  })

  it('needs write: a viewer cannot create', async () => {
    const t = await team()
    await expect(createPrompt(t, await t.as(t.viewer), summary)).rejects.toMatchObject({
      code: 'auth.forbidden',
    })
  })
})

describe('reading prompts', () => {
  it('lists newest first, by category and tag, and hides other workspaces', async () => {
    const t = await withPrompt()
    const other = await createPrompt(t, t.ownerActs, {
      name: 'Greeting',
      template: 'Hello!',
      tags: ['greet'],
    })
    const ids = async (query: { category?: string; tag?: string }) =>
      (await listPrompts(t, t.ownerActs, { limit: 10, ...query })).items.map((p) => p.id)
    expect(await ids({})).toEqual([other.id, t.prompt.id])
    expect(await ids({ category: 'Writing' })).toEqual([t.prompt.id])
    expect(await ids({ tag: 'greet' })).toEqual([other.id])
    const outsider = await t.as(t.outsider, 'ws_other')
    await expect(getPrompt(t, outsider, { promptId: t.prompt.id })).rejects.toMatchObject({
      code: 'resource.notFound',
    })
  })
})

describe('versions', () => {
  it('makes every edit a new version, refuses a stale one, and rolls back by adding a version', async () => {
    const t = await withPrompt()
    const v2 = await updatePrompt(t, t.ownerActs, {
      promptId: t.prompt.id,
      patch: { template: 'Shorten {{text}}.', variables: [{ name: 'text' }], category: null },
      expectedVersion: 1,
    })
    expect(v2).toMatchObject({ version: 2, template: 'Shorten {{text}}.' })
    expect(v2.category).toBeUndefined()
    await expect(
      updatePrompt(t, t.ownerActs, {
        promptId: t.prompt.id,
        patch: { name: 'Stale' },
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'resource.conflict' })
    // A template edit that drops a placeholder still in use by the variables is refused.
    expect(
      await errorsOf(
        updatePrompt(t, t.ownerActs, { promptId: t.prompt.id, patch: { template: 'Nothing' } }),
      ),
    ).toEqual(['variables.0.name'])

    const v3 = await rollbackPrompt(t, t.ownerActs, { promptId: t.prompt.id, version: 1 })
    expect(v3).toMatchObject({ version: 3, template: summary.template, category: 'Writing' })
    const versions = await listPromptVersions(t, t.ownerActs, {
      promptId: t.prompt.id,
      page: { limit: 10 },
    })
    expect(versions.items.map((v) => [v.version, v.template])).toEqual([
      [3, summary.template],
      [2, 'Shorten {{text}}.'],
      [1, summary.template],
    ])
    const old = await getPromptVersion(t, t.ownerActs, { promptId: t.prompt.id, version: 2 })
    expect(old.template).toBe('Shorten {{text}}.')
    await expect(
      rollbackPrompt(t, t.ownerActs, { promptId: t.prompt.id, version: 9 }),
    ).rejects.toMatchObject({ code: 'resource.notFound' })
  })
})

describe('clone, render and delete', () => {
  it('clones into a fresh prompt, counts renders, and deletes every version', async () => {
    const t = await withPrompt()
    const copy = await clonePrompt(t, t.ownerActs, { promptId: t.prompt.id })
    expect(copy).toMatchObject({ name: 'Summary (copy)', version: 1, uses: 0 })
    expect(copy.id).not.toBe(t.prompt.id)

    await updatePrompt(t, t.ownerActs, {
      promptId: t.prompt.id,
      patch: { template: 'TL;DR {{text}}', variables: [{ name: 'text' }] },
    })
    const viewer = await t.as(t.viewer)
    expect(
      await renderPrompt(t, viewer, { promptId: t.prompt.id, variables: { text: 'a memo' } }),
    ).toEqual({ text: 'TL;DR a memo', promptId: t.prompt.id, version: 2 })
    expect(
      await renderPrompt(t, viewer, {
        promptId: t.prompt.id,
        variables: { text: 'a memo', words: 10 },
        version: 1,
      }),
    ).toMatchObject({ text: 'Summarise a memo in 10 words.', version: 1 })
    expect((await getPrompt(t, viewer, { promptId: t.prompt.id })).uses).toBe(2)

    expect(await deletePrompt(t, t.ownerActs, { promptId: t.prompt.id })).toEqual({
      deleted: { promptId: t.prompt.id, versions: 2 },
    })
    await expect(getPrompt(t, viewer, { promptId: t.prompt.id })).rejects.toMatchObject({
      code: 'resource.notFound',
    })
    expect((await getPrompt(t, viewer, { promptId: copy.id })).name).toBe('Summary (copy)')
  })
})
