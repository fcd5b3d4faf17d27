import { describe, expect, it } from 'vitest'
import type { ProfileSettings } from '../ports/profile-repository'
import { checkedProfileSettings, profileDefaults, profileSettingsProblems } from './profile-rules'

const valid: ProfileSettings = {
  ...profileDefaults,
  retrieval: { enabled: true, topK: 5, minScore: 0.2 },
  fallbackModelIds: ['anthropic.claude-3-haiku-20240307-v1:0'],
  name: 'Claude',
  provider: 'bedrock',
  modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
}

const pathsOf = (changes: Partial<ProfileSettings>) =>
  profileSettingsProblems({ ...valid, ...changes }).map((problem) => problem.path)

describe('profile settings', () => {
  it('accepts real model ids and the bounds themselves, and cleans the name', () => {
    for (const modelId of [
      'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-7-sonnet',
      'llama3.1:8b',
      'meta-llama/Llama-3.1-8B-Instruct',
    ])
      expect(pathsOf({ modelId })).toEqual([])
    expect(
      pathsOf({
        temperature: 0,
        topP: 1,
        maxTokens: 200_000,
        systemPrompt: `${'é'.repeat(19_990)}\n\t👩‍💻 שלום`,
        retrieval: { enabled: true, topK: 50, minScore: 1 },
      }),
    ).toEqual([])
    expect(checkedProfileSettings({ ...valid, name: ' Cafe\u0301 ' }).name).toBe('Café')
  })

  it.each<[string, Partial<ProfileSettings>, string]>([
    ['a temperature above 1', { temperature: 1.01 }, 'temperature'],
    ['a negative topP', { topP: -0.1 }, 'topP'],
    ['NaN for topP', { topP: Number.NaN }, 'topP'],
    ['a fractional maxTokens', { maxTokens: 10.5 }, 'maxTokens'],
    ['zero maxTokens', { maxTokens: 0 }, 'maxTokens'],
    ['maxTokens past the limit', { maxTokens: 200_001 }, 'maxTokens'],
    [
      'a system prompt one character too long',
      { systemPrompt: 'x'.repeat(20_001) },
      'systemPrompt',
    ],
    ['a NUL in the system prompt', { systemPrompt: 'be nice\u0000' }, 'systemPrompt'],
    [
      'hidden tag characters in the prompt',
      { systemPrompt: 'hi\u{E0069}\u{E0067}' },
      'systemPrompt',
    ],
    ['a lone surrogate in the prompt', { systemPrompt: 'hi \ud800' }, 'systemPrompt'],
    ['topK 0', { retrieval: { enabled: true, topK: 0 } }, 'retrieval.topK'],
    ['topK 51', { retrieval: { enabled: true, topK: 51 } }, 'retrieval.topK'],
    [
      'minScore above 1',
      { retrieval: { enabled: true, topK: 5, minScore: 2 } },
      'retrieval.minScore',
    ],
    ['a model id with a space', { modelId: 'gpt 4' }, 'modelId'],
    ['an empty model id', { modelId: '' }, 'modelId'],
    ['a bidi override in the name', { name: 'evil\u202Etxt' }, 'name'],
    ['six fallbacks', { fallbackModelIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'fallbackModelIds'],
    ['a duplicate fallback', { fallbackModelIds: ['m-1', 'm-1'] }, 'fallbackModelIds'],
    ['the model as its own fallback', { fallbackModelIds: [valid.modelId] }, 'fallbackModelIds'],
    ['a fallback with a newline', { fallbackModelIds: ['ok', 'bad\nid'] }, 'fallbackModelIds.1'],
  ])('refuses %s', (_, changes, path) => {
    expect(pathsOf(changes)).toEqual([path])
    expect(() => checkedProfileSettings({ ...valid, ...changes })).toThrow(
      expect.objectContaining({ code: 'request.invalid' }),
    )
  })

  it('lists every problem at once, each by its path', () => {
    expect(pathsOf({ temperature: 3, topP: 2, name: '' })).toEqual(['name', 'temperature', 'topP'])
  })
})
