import { writeSnapshot } from './snapshot'
import type { NamespaceRows } from './vector-namespace'

/**
 * Saves snapshots in the background: the first change after a save arms one timer, and every
 * change until it fires rides along, so a burst of upserts costs one write. Saves never
 * overlap; a failed save keeps the changes pending and is reported by `lastError` and `flush`.
 */
export class SnapshotWriter {
  #dirty = false
  #timer: NodeJS.Timeout | undefined
  #saving: Promise<void> | undefined
  #lastError: Error | undefined

  constructor(
    private readonly file: string,
    private readonly delayMs: number,
    private readonly rows: () => Map<string, NamespaceRows>,
  ) {}

  get lastError(): Error | undefined {
    return this.#lastError
  }

  changed(): void {
    this.#dirty = true
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined
      // Failures are kept in lastError; the next change or flush tries again.
      this.#save().catch(() => {})
    }, this.delayMs)
  }

  /** Saves now if anything changed, waiting for a save already under way. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer)
    this.#timer = undefined
    await this.#save()
  }

  async #save(): Promise<void> {
    while (this.#saving) await this.#saving.catch(() => {})
    if (!this.#dirty) return
    this.#dirty = false
    // The rows are copied now, so writes during the save land in the next one.
    const saving = writeSnapshot(this.file, this.rows())
    this.#saving = saving
    try {
      await saving
      this.#lastError = undefined
    } catch (error) {
      this.#dirty = true
      this.#lastError = error as Error
      throw error
    } finally {
      this.#saving = undefined
    }
  }
}
