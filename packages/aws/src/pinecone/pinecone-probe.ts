import type { DependencyProbe } from '@chatter/core'
import type { Pinecone } from '@pinecone-database/pinecone'

/** Readiness of the vector store: Pinecone's free `describeIndexStats` on the configured index. */
export class PineconeProbe implements DependencyProbe {
  readonly name = 'vector'

  /** With `host`, the probe talks to the data plane only (no control-plane lookup of the host). */
  constructor(
    private readonly client: () => Promise<Pinecone>,
    private readonly indexName: string,
    private readonly host?: string,
  ) {}

  async check(): Promise<void> {
    const pinecone = await this.client()
    const { host } = this
    await pinecone.index({ name: this.indexName, ...(host && { host }) }).describeIndexStats()
  }
}
