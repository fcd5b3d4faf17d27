import { describe, expect, it } from 'vitest'
import type { PromptVariable } from '../ports'
import { InMemoryPrompts } from '../testing'
import { renderStoredPrompt, renderTemplate, templateVariables } from './render'

const vars: PromptVariable[] = [
  { name: 'topic', type: 'string', required: true },
  { name: 'count', type: 'number', required: false, default: 3 },
  { name: 'formal', type: 'boolean', required: false, default: false },
  { name: 'note', type: 'string', required: false },
]
const template = 'Write {{ count }} facts on {{topic}}. Formal: {{formal}}.{{note}}'

const problemsOf = (attempt: () => unknown) => {
  try {
    attempt()
  } catch (error) {
    return (error as { code: string; details: { errors: unknown[] } }).details.errors
  }
  throw new Error('expected a 422')
}

describe('templateVariables', () => {
  it('lists placeholder names once, in order of first use, skipping escaped braces', () => {
    expect(templateVariables('{{b}} \\{{a}} {{ a }} {{b}} {{c}}')).toEqual(['b', 'a', 'c'])
  })
})

describe('renderTemplate', () => {
  it('fills values, defaults and empty optional variables', () => {
    expect(renderTemplate(template, vars, { topic: 'tides' })).toBe(
      'Write 3 facts on tides. Formal: false.',
    )
    expect(
      renderTemplate(template, vars, { topic: 'tides', count: '5', formal: 'true', note: 7 }),
    ).toBe('Write 5 facts on tides. Formal: true.7')
  })

  it('renders \\{{ as literal braces', () => {
    expect(renderTemplate('Use \\{{name}} for {{topic}}', vars.slice(0, 1), { topic: 'x' })).toBe(
      'Use {{name}} for x',
    )
  })

  it('names every missing, mistyped and undeclared variable in one 422', () => {
    expect(
      problemsOf(() => renderTemplate(template, vars, { count: 'many', formal: 1, extra: 'x' })),
    ).toEqual([
      { path: 'variables.topic', message: expect.stringContaining('required variable "topic"') },
      { path: 'variables.count', message: expect.stringContaining('takes a number') },
      { path: 'variables.formal', message: expect.stringContaining('takes a boolean') },
      { path: 'variables.extra', message: expect.stringContaining('declares no variable') },
    ])
  })
})

describe('renderStoredPrompt', () => {
  it('renders the current version with its defaults and counts a use', async () => {
    const prompts = new InMemoryPrompts()
    await prompts.create({
      id: 'prm_1',
      workspaceId: 'ws_1',
      name: 'Facts',
      template,
      variables: vars,
      tags: [],
      createdBy: 'usr_1',
    })
    expect(await renderStoredPrompt({ prompts }, 'ws_1', 'prm_1', { topic: 'moons' })).toBe(
      'Write 3 facts on moons. Formal: false.',
    )
    expect((await prompts.get('ws_1', 'prm_1'))?.uses).toBe(1)
    await expect(renderStoredPrompt({ prompts }, 'ws_2', 'prm_1', {})).rejects.toMatchObject({
      code: 'resource.notFound',
    })
  })
})
