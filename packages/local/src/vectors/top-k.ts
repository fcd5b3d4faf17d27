export interface Scored {
  slot: number
  score: number
}

/**
 * Keeps the `k` best-scoring slots seen, in a min-heap on typed arrays: O(n log k) for a scan
 * of n rows, with no allocation per row. Equal scores are decided by id, so results are stable.
 */
export class TopK {
  readonly #slots: Int32Array
  readonly #scores: Float64Array
  #size = 0

  constructor(
    private readonly k: number,
    private readonly idOf: (slot: number) => string,
  ) {
    this.#slots = new Int32Array(k)
    this.#scores = new Float64Array(k)
  }

  offer(slot: number, score: number): void {
    if (this.#size < this.k) {
      this.#slots[this.#size] = slot
      this.#scores[this.#size] = score
      this.#up(this.#size++)
    } else if (this.k > 0 && this.#worse(this.#slots[0]!, this.#scores[0]!, slot, score)) {
      this.#slots[0] = slot
      this.#scores[0] = score
      this.#down(0)
    }
  }

  /** Best first; ties by ascending id. */
  sorted(): Scored[] {
    const all: Scored[] = []
    for (let i = 0; i < this.#size; i++)
      all.push({ slot: this.#slots[i]!, score: this.#scores[i]! })
    return all.sort((a, b) => (this.#worse(a.slot, a.score, b.slot, b.score) ? 1 : -1))
  }

  /** Whether (slotA, scoreA) ranks below (slotB, scoreB). */
  #worse(slotA: number, scoreA: number, slotB: number, scoreB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && this.idOf(slotA) > this.idOf(slotB))
  }

  #at(i: number): [number, number] {
    return [this.#slots[i]!, this.#scores[i]!]
  }

  #swap(i: number, j: number): void {
    const [slot, score] = this.#at(i)
    this.#slots[i] = this.#slots[j]!
    this.#scores[i] = this.#scores[j]!
    this.#slots[j] = slot
    this.#scores[j] = score
  }

  #up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.#worse(...this.#at(i), ...this.#at(parent))) return
      this.#swap(i, parent)
      i = parent
    }
  }

  #down(i: number): void {
    for (;;) {
      let smallest = i
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < this.#size && this.#worse(...this.#at(child), ...this.#at(smallest))) {
          smallest = child
        }
      }
      if (smallest === i) return
      this.#swap(i, smallest)
      i = smallest
    }
  }
}
