import { DomainError } from '@chatter/core'
import { isConditionFailure } from './errors'
import type { ChatterTable } from './table'

/** How often a claim starts over when the holder it found released the hash meanwhile. */
const maxAttempts = 3

/**
 * Claims `contentHash` in the workspace for `documentId` with a conditional create, and
 * resolves the holder: `documentId` when the claim is new or already its own, else the
 * document that got there first (of two concurrent claims, DynamoDB lets exactly one create).
 */
export async function claimContentHash(
  table: ChatterTable,
  workspaceId: string,
  contentHash: string,
  documentId: string,
): Promise<string> {
  const { documentHash } = table.entities
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      await documentHash.create({ workspaceId, contentHash, documentId }).go()
      return documentId
    } catch (error) {
      if (!isConditionFailure(error)) throw error
    }
    const { data } = await documentHash.get({ workspaceId, contentHash }).go({ consistent: true })
    if (data) return data.documentId
    // Released between the create and the read: claim again.
  }
  throw new DomainError('resource.conflict', 'The content hash is changing hands; try again.')
}

/** Deletes the claim only while `documentId` holds it. */
export async function releaseContentHash(
  table: ChatterTable,
  workspaceId: string,
  contentHash: string,
  documentId: string,
): Promise<void> {
  try {
    await table.entities.documentHash
      .delete({ workspaceId, contentHash })
      .where((item, { eq }) => eq(item.documentId, documentId))
      .go()
  } catch (error) {
    if (!isConditionFailure(error)) throw error
  }
}
