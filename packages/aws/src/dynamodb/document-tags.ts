import type { DocumentStatus } from '@chatter/core'
import { getAll } from './batch-reads'
import type { ClearedAttribute } from './document-to-domain'
import type { PageOptions } from './pagination'
import type { ChatterTable, DocumentItem, DocumentTagItem } from './table'
import { writeTransaction } from './transactions'

/*
 * The transactions that keep a document's `documentTag` items in step with its `tags`: each
 * writes the document with a condition on the tags its caller read (and, for an update, on its
 * status), so a concurrent tag change fails the condition instead of leaving tag items behind.
 * Codes: item 0 is always the document.
 */

/** DynamoDB's limit of items in one transaction. */
export const maxTransactionItems = 100

type Patch = Partial<Omit<DocumentItem, 'workspaceId' | 'id' | 'createdAt'>>

const tagKey = (item: Pick<DocumentItem, 'workspaceId' | 'id' | 'createdAt'>, tag: string) => ({
  workspaceId: item.workspaceId,
  tag,
  documentId: item.id,
  createdAt: item.createdAt,
})

/** The tags to write and to delete for `current`'s tags to become `next`. */
export function tagDiff(current: readonly string[], next: readonly string[]) {
  const after = new Set(next)
  const before = new Set(current)
  return {
    added: [...after].filter((tag) => !before.has(tag)),
    removed: [...before].filter((tag) => !after.has(tag)),
  }
}

/** Creates the document (refused when its id exists) with one item per tag. */
export const createTagged = (table: ChatterTable, item: DocumentItem) =>
  writeTransaction(() =>
    table.transaction
      .write(({ document, documentTag }) => [
        document.create(item).commit(),
        ...[...new Set(item.tags)].map((tag) => documentTag.put(tagKey(item, tag)).commit()),
      ])
      .go(),
  )

/**
 * Patches the document as read in `current`, still carrying the same tags and (given
 * `ifStatus`) one of those statuses, and adds and deletes tag items for its new `tags`.
 */
export const patchTagged = (
  table: ChatterTable,
  current: DocumentItem,
  changes: { set: Patch; remove: ClearedAttribute[] },
  ifStatus: readonly DocumentStatus[] | undefined,
) => {
  const { added, removed } = tagDiff(current.tags, changes.set.tags ?? current.tags)
  const key = { workspaceId: current.workspaceId, id: current.id }
  return writeTransaction(() =>
    table.transaction
      .write(({ document, documentTag }) => {
        const patch = document.patch(key).set(changes.set)
        return [
          (changes.remove.length > 0 ? patch.remove(changes.remove) : patch)
            .where(({ tags, status }, { eq }) =>
              [
                eq(tags, current.tags),
                ...(ifStatus ? [`(${ifStatus.map((s) => eq(status, s)).join(' OR ')})`] : []),
              ].join(' AND '),
            )
            .commit(),
          ...added.map((tag) => documentTag.put(tagKey(current, tag)).commit()),
          ...removed.map((tag) => documentTag.delete(tagKey(current, tag)).commit()),
        ]
      })
      .go(),
  )
}

/** Deletes the document as read in `current` (unless its tags changed since) and its tag items. */
export const removeTagged = (table: ChatterTable, current: DocumentItem) =>
  writeTransaction(() =>
    table.transaction
      .write(({ document, documentTag }) => [
        document
          .remove({ workspaceId: current.workspaceId, id: current.id })
          .where(({ tags }, { eq }) => eq(tags, current.tags))
          .commit(),
        ...[...new Set(current.tags)].map((tag) =>
          documentTag.delete(tagKey(current, tag)).commit(),
        ),
      ])
      .go(),
  )

/** Every tag of the workspace with its document count, by name: one Query of gsi1. */
export async function tagCounts(table: ChatterTable, workspaceId: string) {
  const { data } = await table.entities.documentTag.query
    .byWorkspace({ workspaceId })
    .go({ pages: 'all', attributes: ['tag'] })
  const counts = new Map<string, number>()
  for (const { tag } of data) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag, documents]) => ({ tag, documents }))
}

/**
 * One page of a tag's documents for `queryPage`, newest first: reads the tag's items (a
 * consistent Query), then their documents (a consistent batch get), keeping those of `status`
 * if given, until the page is full or the tag's items end. Each result pairs the tag item (the
 * cursor is made from it) with its document.
 */
export function taggedPage(
  table: ChatterTable,
  workspaceId: string,
  tag: string,
  status: DocumentStatus | undefined,
) {
  const { document, documentTag } = table.entities
  return async (options: PageOptions) => {
    const data: { tagItem: DocumentTagItem; item: DocumentItem }[] = []
    let cursor = options.cursor
    do {
      const page = await documentTag.query
        .byTag({ workspaceId, tag })
        .go({ cursor, count: options.count - data.length, order: 'desc', consistent: true })
      const items = await getAll(
        page.data.map(({ documentId }) => ({ workspaceId, id: documentId })),
        (batch) => document.get(batch).go({ consistent: true }),
      )
      const byId = new Map(items.map((item) => [item.id, item]))
      for (const tagItem of page.data) {
        const item = byId.get(tagItem.documentId)
        if (item && (status === undefined || item.status === status)) data.push({ tagItem, item })
      }
      cursor = page.cursor
    } while (cursor !== null && data.length < options.count)
    return { data }
  }
}
