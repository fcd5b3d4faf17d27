import type {
  RefreshFamily,
  RefreshTokenStore,
  RotationOutcome,
} from '../ports/refresh-token-store'

/** In-memory refresh-token families with the same rotation and reuse rules as the real store. */
export class InMemoryRefreshTokens implements RefreshTokenStore {
  readonly families = new Map<string, RefreshFamily>()

  async create(input: Omit<RefreshFamily, 'generation' | 'revoked'>) {
    const family = { ...input, generation: 0, revoked: false }
    this.families.set(family.id, family)
    return { ...family }
  }

  async get(id: string) {
    const family = this.families.get(id)
    return family && { ...family }
  }

  async rotate(
    id: string,
    presentedHash: string,
    nextHash: string,
    now: Date,
  ): Promise<RotationOutcome> {
    const family = this.families.get(id)
    if (!family) return 'missing'
    if (family.revoked || Date.parse(family.expiresAt) <= now.getTime()) return 'revoked'
    if (family.currentHash !== presentedHash) {
      family.revoked = true
      return 'reused'
    }
    family.currentHash = nextHash
    family.generation += 1
    return 'rotated'
  }

  async revoke(id: string) {
    const family = this.families.get(id)
    if (family) family.revoked = true
  }

  async revokeAllOf(userId: string, exceptId?: string) {
    let count = 0
    for (const family of this.families.values()) {
      if (family.userId === userId && family.id !== exceptId && !family.revoked) {
        family.revoked = true
        count += 1
      }
    }
    return count
  }
}
