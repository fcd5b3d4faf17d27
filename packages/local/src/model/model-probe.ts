import type { ChatModel, DependencyProbe } from '@chatter/core'

/** Readiness of a local chat model: it streams its first token for a one-token request. */
export class LocalModelProbe implements DependencyProbe {
  readonly name = 'model'

  constructor(private readonly model: ChatModel) {}

  async check(signal: AbortSignal): Promise<void> {
    const request = { modelId: 'probe', messages: [{ role: 'user' as const, content: 'ping' }] }
    for await (const event of this.model.stream({ ...request, maxTokens: 1, signal })) {
      if (event.type === 'delta') return
    }
    throw new Error('the model answered without a token')
  }
}
