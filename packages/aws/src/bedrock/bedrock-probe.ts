import { type BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime'
import type { DependencyProbe } from '@chatter/core'

/**
 * Readiness of the chat model: a one-token Converse call proves credentials, region and model
 * access together. `/readyz` is public, so a success is remembered for `cacheMs` to keep the
 * check from costing tokens on every call.
 */
export class BedrockProbe implements DependencyProbe {
  readonly name = 'model'
  private okUntil = 0

  constructor(
    private readonly client: () => BedrockRuntimeClient,
    private readonly modelId: string,
    private readonly cacheMs = 5 * 60_000,
  ) {}

  async check(signal: AbortSignal): Promise<void> {
    if (Date.now() < this.okUntil) return
    await this.client().send(
      new ConverseCommand({
        modelId: this.modelId,
        messages: [{ role: 'user', content: [{ text: 'ping' }] }],
        inferenceConfig: { maxTokens: 1 },
      }),
      { abortSignal: signal },
    )
    this.okUntil = Date.now() + this.cacheMs
  }
}
