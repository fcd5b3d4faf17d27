import {
  DomainError,
  type RefreshFamily,
  type RefreshTokenStore,
  type RotationOutcome,
} from '@chatter/core'
import { forEachLimited } from './batch'
import { epochSeconds } from './entities/shared'
import { isConditionFailure } from './errors'
import type { ChatterTable } from './table'
import { toRefreshFamily } from './to-domain'

/**
 * Refresh-token families, one item each (by id), found per user through gsi1. Rotation is one
 * conditional update, so two refreshes racing with the same token cannot both succeed; the loser
 * looks like a replay and revokes the family. TTL removes a family after its `expiresAt`.
 * @example const outcome = await refreshTokens.rotate(familyId, hashSecret(token), nextHash, now)
 */
export class DynamoRefreshTokenStore implements RefreshTokenStore {
  constructor(private readonly table: ChatterTable) {}

  async create(input: Omit<RefreshFamily, 'generation' | 'revoked'>): Promise<RefreshFamily> {
    const family: RefreshFamily = {
      id: input.id,
      userId: input.userId,
      currentHash: input.currentHash,
      generation: 0,
      revoked: false,
      createdAt: input.createdAt,
      expiresAt: input.expiresAt,
    }
    try {
      await this.table.entities.refreshFamily
        .create({ ...family, ttl: epochSeconds(family.expiresAt) })
        .go()
      return family
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new DomainError('resource.conflict', 'A session with this id already exists.')
      }
      throw error
    }
  }

  async get(id: string): Promise<RefreshFamily | undefined> {
    const { data } = await this.table.entities.refreshFamily.get({ id }).go({ consistent: true })
    return data ? toRefreshFamily(data) : undefined
  }

  async rotate(
    id: string,
    presentedHash: string,
    nextHash: string,
    now: Date,
  ): Promise<RotationOutcome> {
    const families = this.table.entities.refreshFamily
    try {
      await families
        .patch({ id })
        .set({ currentHash: nextHash })
        .add({ generation: 1 })
        .where(({ currentHash, revoked, expiresAt }, { eq, gt }) =>
          [
            eq(currentHash, presentedHash),
            eq(revoked, false),
            gt(expiresAt, now.toISOString()),
          ].join(' AND '),
        )
        .go()
      return 'rotated'
    } catch (error) {
      if (!isConditionFailure(error)) throw error
    }
    // The condition failed: find out why. Only a live family whose current token is another
    // one means the presented token is an old one, replayed.
    const family = await this.get(id)
    if (!family) return 'missing'
    if (family.revoked || family.expiresAt <= now.toISOString()) return 'revoked'
    // Not reachable unless the item changed under us in an unforeseen way: refuse, do not guess.
    if (family.currentHash === presentedHash) return 'revoked'
    await this.revoke(id)
    return 'reused'
  }

  async revoke(id: string): Promise<void> {
    try {
      await this.table.entities.refreshFamily.patch({ id }).set({ revoked: true }).go()
    } catch (error) {
      // Revoking a family that is gone (TTL, never existed) has nothing left to do.
      if (!isConditionFailure(error)) throw error
    }
  }

  /**
   * Revokes the user's live families through gsi1. That index is eventually consistent, so a
   * session created within the last instant may be missed; each revoke is conditional, so the
   * count is exactly the families this call revoked.
   */
  async revokeAllOf(userId: string, exceptId?: string): Promise<number> {
    const families = this.table.entities.refreshFamily
    const { data } = await families.query.byUser({ userId }).go({ pages: 'all' })
    let revoked = 0
    const live = data.filter((family) => !family.revoked && family.id !== exceptId)
    await forEachLimited(live, 10, async ({ id }) => {
      try {
        await families
          .patch({ id })
          .set({ revoked: true })
          .where((family, { eq }) => eq(family.revoked, false))
          .go()
        revoked++
      } catch (error) {
        if (!isConditionFailure(error)) throw error
      }
    })
    return revoked
  }
}
