import { describe, expect, it } from 'vitest'
import { isDefaultTitle, titleFrom } from './message-ids'
import { costOf } from './prices'
import { contextWindowOf, estimateTokens, inputBudget } from './token-budget'

const usage = { inputTokens: 1_000_000, outputTokens: 100_000 }

describe('costOf', () => {
  it('prices Bedrock models by base id, cross-region ids and inference-profile ARNs alike', () => {
    const haiku = 'anthropic.claude-3-haiku-20240307-v1:0'
    expect(costOf('bedrock', haiku, usage)).toBe(0.375)
    expect(costOf('bedrock', `us.${haiku}`, usage)).toBe(0.375)
    const arn = `arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.${haiku}`
    expect(costOf('bedrock', arn, usage)).toBe(0.375)
    expect(
      costOf('bedrock', 'amazon.nova-lite-v1:0', { inputTokens: 1234, outputTokens: 567 }),
    ).toBe(0.00021012)
  })

  it('lets configured prices win, costs the local model nothing, and leaves unknown ones unknown', () => {
    const prices = { 'llama3.1:8b': { inputPerMillion: 0.1, outputPerMillion: 0.2 } }
    expect(costOf('openai', 'llama3.1:8b', usage, prices)).toBe(0.12)
    const cheaper = { 'amazon.nova-lite-v1:0': { inputPerMillion: 0, outputPerMillion: 0 } }
    expect(costOf('bedrock', 'amazon.nova-lite-v1:0', usage, cheaper)).toBe(0)
    expect(costOf('local', 'local', usage)).toBe(0)
    expect(costOf('openai', 'gpt-oss:20b', usage)).toBeUndefined()
    expect(costOf('bedrock', 'constructor', usage)).toBeUndefined()
  })
})

describe('token budget', () => {
  it('estimates 4 characters a token, knows common windows, and keeps room for input', () => {
    expect(estimateTokens('Hello, world!')).toBe(4)
    expect(contextWindowOf('us.anthropic.claude-3-5-sonnet-20241022-v2:0')).toBe(200_000)
    expect(contextWindowOf('llama3.1:8b')).toBe(8_000)
    expect(inputBudget(8_000, 1_024)).toBe(6_976)
    expect(inputBudget(8_000, 200_000)).toBe(2_000)
    expect(inputBudget(8_000)).toBe(6_976)
  })
})

describe('titles from a first message', () => {
  it('collapses whitespace, drops hidden characters and cuts at 80 with an ellipsis', () => {
    expect(titleFrom('  How do\n I bake\t bread? ')).toBe('How do I bake bread?')
    expect(titleFrom('evil\u202Etxt.exe plan')).toBe('eviltxt.exe plan')
    expect(titleFrom('coder 👩‍💻 here')).toBe('coder 👩‍💻 here')
    expect(titleFrom(`${'é'.repeat(78)}😀😀😀`)).toBe(`${'é'.repeat(78)}😀…`)
    expect(titleFrom(`${'é'.repeat(78)} 😀😀`)).toBe(`${'é'.repeat(78)}…`)
    expect(titleFrom('\u200b\u200e')).toBe('')
    expect(isDefaultTitle('New conversation')).toBe(true)
    expect(isDefaultTitle('Trip to Lisbon')).toBe(false)
  })
})
