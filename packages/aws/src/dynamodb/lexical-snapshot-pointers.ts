import type { LexicalSnapshotPointers, LexicalSnapshotRef } from '@chatter/core'
import { isConditionFailure } from './errors'
import type { ChatterTable } from './table'

/**
 * The versioned pointer to each namespace's current lexical snapshot: a compare-and-set on the
 * version read, so of two writers who read the same version exactly one moves it.
 * @example if (!(await pointers.swap(ns, current?.version, { version: v + 1, key }))) retry()
 */
export class DynamoLexicalSnapshotPointers implements LexicalSnapshotPointers {
  constructor(private readonly table: ChatterTable) {}

  async get(namespace: string): Promise<LexicalSnapshotRef | undefined> {
    // Consistent, or a stale version would only make the next swap fail and its writer retry.
    const { data } = await this.table.entities.lexicalPointer
      .get({ namespace })
      .go({ consistent: true })
    return data ? { version: data.version, key: data.key } : undefined
  }

  async swap(
    namespace: string,
    expectedVersion: number | undefined,
    next: LexicalSnapshotRef,
  ): Promise<boolean> {
    const pointers = this.table.entities.lexicalPointer
    const item = { namespace, version: next.version, key: next.key }
    try {
      if (expectedVersion === undefined) await pointers.create(item).go()
      else
        await pointers
          .put(item)
          .where(({ version }, { eq }) => eq(version, expectedVersion))
          .go()
      return true
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
  }

  async delete(namespace: string): Promise<void> {
    await this.table.entities.lexicalPointer.delete({ namespace }).go()
  }
}
