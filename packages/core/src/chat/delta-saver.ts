import type { MessageRepository, StreamDelta } from '../ports/message-repository'
import type { ChatTuning } from './chat-ports'

/**
 * Saves a streaming answer's deltas for resumption without slowing the stream: deltas wait in
 * a buffer and are written in batches (every `flushEveryDeltas`, or `flushEveryMs` after the
 * first one waiting, and at the end), off the path that forwards text to the client. Each
 * delta is saved under its own event seq, so a resume after any event id is exact. A batch is
 * one `appendDeltas` (one DynamoDB transaction: whole or not at all), and batches are written
 * one after another, so a reader never sees a later delta without the earlier ones.
 * A failed write loses resumability for those deltas, never the answer itself.
 */
export class DeltaSaver {
  #pending: StreamDelta[] = []
  #timer: ReturnType<typeof setTimeout> | undefined
  #writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly messages: Pick<MessageRepository, 'appendDeltas'>,
    private readonly workspaceId: string,
    private readonly tuning: Pick<
      ChatTuning,
      'deltaTtlSeconds' | 'flushEveryDeltas' | 'flushEveryMs'
    >,
  ) {}

  add(delta: StreamDelta): void {
    this.#pending.push(delta)
    if (this.#pending.length >= this.tuning.flushEveryDeltas) void this.flush()
    else this.#timer ??= setTimeout(() => void this.flush(), this.tuning.flushEveryMs)
  }

  /** Writes what is waiting; resolves once every delta added so far is written (or failed). */
  flush(): Promise<void> {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const batch = this.#pending.splice(0)
    if (batch.length > 0) {
      const { messages, workspaceId } = this
      const ttl = this.tuning.deltaTtlSeconds
      // One after another, never in parallel: a resuming reader must always see a prefix of the
      // answer. With parallel writes it could see seq 15 before 14 and skip 14 for good (seqs
      // have legitimate gaps, where citation events took a number, so a reader cannot wait for
      // a missing one).
      this.#writing = this.#writing.then(async () => {
        try {
          await messages.appendDeltas(workspaceId, batch, ttl)
        } catch {
          // A lost delta only shortens a resume; the final message keeps the whole text.
        }
      })
    }
    return this.#writing
  }
}
