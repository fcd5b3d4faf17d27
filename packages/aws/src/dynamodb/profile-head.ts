import type { NewProfile } from '@chatter/core'
import type { ChatterTable } from './table'
import { writeTransaction } from './transactions'

/*
 * The transactions that keep a workspace's `profileHead` (its default profile's id and its
 * profile count) in step with its profiles. Each writes the profile and the head together, with
 * conditions on the head as the caller read it, so "exactly one default, naming an existing
 * profile" holds whatever runs concurrently: a write that lost a race fails its condition (or is
 * cancelled and retried by `writeTransaction`) instead of overwriting.
 */

/** The workspace's head, read strongly consistently; undefined while it has no profiles. */
export async function readProfileHead(table: ChatterTable, workspaceId: string) {
  const { data } = await table.entities.profileHead.get({ workspaceId }).go({ consistent: true })
  return data ?? undefined
}

/** Creates the profile and counts it; the head's default is set only if there is none yet. */
export const addProfile = (table: ChatterTable, item: NewProfile & { createdAt: string }) =>
  writeTransaction(() =>
    table.transaction
      .write(({ profile, profileHead }) => [
        profile.create({ ...item, updatedAt: item.createdAt }).commit(),
        profileHead
          .update({ workspaceId: item.workspaceId })
          .add({ profiles: 1 })
          .data((head, { ifNotExists }) => ifNotExists(head.defaultId, item.id))
          .commit(),
      ])
      .go(),
  )

/**
 * Deletes a profile and uncounts it, given whether the caller saw it as the default. A default
 * may go only as the last profile, and then the head goes too (the next create claims the
 * default afresh); any other profile only while it is still not the default. Codes: item 0 is
 * the profile (missing), item 1 the head (changed since it was read).
 */
export const removeProfile = (
  table: ChatterTable,
  workspaceId: string,
  id: string,
  isDefault: boolean,
) =>
  writeTransaction(() =>
    table.transaction
      .write(({ profile, profileHead }) => [
        profile.remove({ workspaceId, id }).commit(),
        isDefault
          ? profileHead
              .delete({ workspaceId })
              .where(({ defaultId, profiles }, { eq }) =>
                [eq(defaultId, id), eq(profiles, 1)].join(' AND '),
              )
              .commit()
          : profileHead
              .update({ workspaceId })
              .subtract({ profiles: 1 })
              .where(({ defaultId }, { exists, ne }) =>
                [exists(defaultId), ne(defaultId, id)].join(' AND '),
              )
              .commit(),
      ])
      .go(),
  )

/** Points the head at the profile, only while the profile exists (in the same transaction). */
export const pointDefaultAt = (table: ChatterTable, workspaceId: string, id: string) =>
  writeTransaction(() =>
    table.transaction
      .write(({ profile, profileHead }) => [
        profile
          .check({ workspaceId, id })
          .where((item, { exists }) => exists(item.id))
          .commit(),
        profileHead.patch({ workspaceId }).set({ defaultId: id }).commit(),
      ])
      .go(),
  )
