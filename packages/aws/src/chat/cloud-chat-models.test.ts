import { ScriptedChatModel } from '@chatter/core/testing'
import { describe, expect, it } from 'vitest'
import { BedrockChatModel } from '../bedrock/bedrock-chat-model'
import { OpenAiCompatibleChatModel } from '../openai/openai-chat-model'
import { cloudChatModels } from './cloud-chat-models'

describe('cloudChatModels', () => {
  it('offers Bedrock always, OpenAI only when configured, and extra models by provider', () => {
    const local = new ScriptedChatModel('local')
    const bare = cloudChatModels({ region: 'eu-west-1', extra: { local } })
    expect(bare.forProvider('bedrock')).toBeInstanceOf(BedrockChatModel)
    expect(bare.forProvider('openai')).toBeUndefined()
    expect(bare.forProvider('local')).toBe(local)

    const withOpenAi = cloudChatModels({
      region: 'eu-west-1',
      openAi: { baseUrl: 'http://127.0.0.1:11434/v1' },
    })
    expect(withOpenAi.forProvider('openai')).toBeInstanceOf(OpenAiCompatibleChatModel)
    expect(withOpenAi.forProvider('local')).toBeUndefined()
  })

  it('builds each model once and reuses it', () => {
    const models = cloudChatModels({ region: 'eu-west-1' })
    expect(models.forProvider('bedrock')).toBe(models.forProvider('bedrock'))
  })
})
