import type { DependencyProbe } from '@chatter/core'
import type { LocalVectorIndex } from './local-vector-index'

/** Readiness of the local vector index: open, and its last snapshot save (if any) succeeded. */
export class LocalVectorProbe implements DependencyProbe {
  readonly name = 'vector'

  constructor(private readonly index: LocalVectorIndex) {}

  async check(): Promise<void> {
    const problem = this.index.problem()
    if (problem) throw new Error(problem)
  }
}
