/** What the seed touches, for the summary. */
export type SeedKind =
  | 'user'
  | 'workspace'
  | 'profile'
  | 'prompt'
  | 'agent'
  | 'document'
  | 'conversation'

/** One thing the seed made sure of: `created` by this run, or already there. */
export interface SeedItem {
  kind: SeedKind
  name: string
  id: string
  created: boolean
}

/**
 * The list of what a run created and what it found, each noted as it happens (and logged, so a
 * slow step shows what it is doing).
 */
export class SeedLedger {
  readonly items: SeedItem[] = []

  constructor(private readonly log: (line: string) => void = () => {}) {}

  /** Records the item and answers its id, so a step can end with `return ledger.note(...)`. */
  note(kind: SeedKind, name: string, id: string, created: boolean): string {
    this.items.push({ kind, name, id, created })
    this.log(`${created ? 'created' : 'already there'}: ${kind} "${name}"`)
    return id
  }

  /** Says what a slow step is waiting for. */
  tell(line: string): void {
    this.log(line)
  }

  /** The id of the item of `kind` named `name`, noted earlier in the run. */
  idOf(kind: SeedKind, name: string): string | undefined {
    return this.items.find((item) => item.kind === kind && item.name === name)?.id
  }
}
