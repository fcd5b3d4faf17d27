import type { DependencyProbe } from '@chatter/core'
import type { Pinecone } from '@pinecone-database/pinecone'

/** Readiness of the vector store: Pinecone's free `describeIndexStats` on the configured index. */
export class PineconeProbe implements DependencyProbe {
  readonly name = 'vector'

  constructor(
    private readonly client: () => Promise<Pinecone>,
    private readonly indexName: string,
  ) {}

  async check(): Promise<void> {
    const pinecone = await this.client()
    await pinecone.index(this.indexName).describeIndexStats()
  }
}
