import {
  type DocumentChanges,
  type DocumentListQuery,
  type DocumentRecord,
  type DocumentRepository,
  type DocumentStatus,
  type DocumentTagCount,
  DomainError,
  type NewDocument,
  type Page,
  type StoredChunk,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { claimContentHash, releaseContentHash } from './content-hash-claims'
import { deleteChunks, getChunks, listChunks, putChunks } from './document-chunks'
import {
  createTagged,
  maxTransactionItems,
  patchTagged,
  removeTagged,
  tagCounts,
  tagDiff,
  taggedPage,
} from './document-tags'
import { toDocument, toItemChanges } from './document-to-domain'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, DocumentItem } from './table'
import { failedAt } from './transactions'

/** How often a write that changes tags starts over when a concurrent write changed the document. */
const maxAttempts = 3

const raced = () =>
  new DomainError('resource.conflict', 'The document changed meanwhile; try again.')

const tooManyTags = () =>
  new DomainError('request.invalid', 'Too many tags in one change.', {
    errors: [
      { path: 'tags', message: `At most ${maxTransactionItems - 1} tags can change at once.` },
    ],
  })

/**
 * Documents in their workspace's partition, listed newest first on gsi1 (all) or gsi2 (one
 * status); a tag's documents through its `documentTag` items, kept in step with `tags` by
 * transactions (see ./document-tags). Chunks and content-hash claims are items of their own
 * (./document-chunks, ./content-hash-claims). Updates that do not touch tags are one
 * conditional UpdateItem; `addProgress` is an atomic ADD.
 * @example const documents = new DynamoDocumentRepository(createTable(document, tableName))
 */
export class DynamoDocumentRepository implements DocumentRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewDocument): Promise<DocumentRecord> {
    if (new Set(input.tags).size + 1 > maxTransactionItems) throw tooManyTags()
    const now = this.clock().toISOString()
    const { progress, ...rest } = structuredClone(input)
    const item: DocumentItem = { ...rest, ...progress, createdAt: now, updatedAt: now }
    if (await createTagged(this.table, item))
      throw new DomainError('resource.conflict', 'A document with this id already exists.')
    return toDocument(item)
  }

  async get(workspaceId: string, id: string): Promise<DocumentRecord | undefined> {
    const item = await this.item(workspaceId, id)
    return item && toDocument(item)
  }

  /** One Query, newest first: of the tag's items, of gsi2 for a status, else of gsi1. */
  list(workspaceId: string, query: DocumentListQuery): Promise<Page<DocumentRecord>> {
    const { document, documentTag } = this.table.entities
    const { tag, status } = query
    if (tag !== undefined) {
      const toCursor = createConversions(documentTag).byAccessPattern.byTag.fromComposite.toCursor
      return queryPage(
        query,
        taggedPage(this.table, workspaceId, tag, status),
        ({ tagItem }) => toCursor(tagItem),
        ({ item }) => toDocument(item),
      )
    }
    const conversions = createConversions(document).byAccessPattern
    if (status !== undefined)
      return queryPage(
        query,
        (options) =>
          document.query.byStatus({ workspaceId, status }).go({ ...options, order: 'desc' }),
        (item) => conversions.byStatus.fromComposite.toCursor(item),
        toDocument,
      )
    return queryPage(
      query,
      (options) => document.query.byCreation({ workspaceId }).go({ ...options, order: 'desc' }),
      (item) => conversions.byCreation.fromComposite.toCursor(item),
      toDocument,
    )
  }

  async update(
    workspaceId: string,
    id: string,
    changes: DocumentChanges,
    options: { ifStatus?: readonly DocumentStatus[] } = {},
  ): Promise<DocumentRecord | undefined> {
    const { ifStatus } = options
    if (ifStatus?.length === 0) return undefined
    const { set, remove } = toItemChanges(changes)
    set.updatedAt = this.clock().toISOString()
    if (changes.tags !== undefined)
      return this.updateTagged(workspaceId, id, { set, remove }, ifStatus)
    try {
      const patch = this.table.entities.document.patch({ workspaceId, id }).set(set)
      const { data } = await (remove.length > 0 ? patch.remove(remove) : patch)
        .where(({ status }, { eq }) =>
          ifStatus ? `(${ifStatus.map((s) => eq(status, s)).join(' OR ')})` : '',
        )
        .go({ response: 'all_new' })
      return toDocument(data)
    } catch (error) {
      if (isConditionFailure(error)) return undefined
      throw error
    }
  }

  async addProgress(workspaceId: string, id: string, chunksDone: number): Promise<void> {
    try {
      await this.table.entities.document.patch({ workspaceId, id }).add({ chunksDone }).go()
    } catch (error) {
      // A document deleted while its ingestion ran has no progress left to report.
      if (!isConditionFailure(error)) throw error
    }
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const current = await this.item(workspaceId, id)
      if (!current) return false
      const codes = await removeTagged(this.table, current)
      if (!codes) return true
      // Its tags changed (or it went) since the read: read again.
    }
    throw raced()
  }

  tags(workspaceId: string): Promise<DocumentTagCount[]> {
    return tagCounts(this.table, workspaceId)
  }

  claimContentHash(workspaceId: string, contentHash: string, documentId: string) {
    return claimContentHash(this.table, workspaceId, contentHash, documentId)
  }

  releaseContentHash(workspaceId: string, contentHash: string, documentId: string) {
    return releaseContentHash(this.table, workspaceId, contentHash, documentId)
  }

  putChunks(workspaceId: string, chunks: StoredChunk[]) {
    return putChunks(this.table, workspaceId, chunks)
  }

  getChunks(workspaceId: string, ids: string[]) {
    return getChunks(this.table, workspaceId, ids)
  }

  listChunks(
    workspaceId: string,
    documentId: string,
    options: { fromIndex?: number; limit: number },
  ) {
    return listChunks(this.table, workspaceId, documentId, options)
  }

  deleteChunks(workspaceId: string, documentId: string, fromIndex?: number) {
    return deleteChunks(this.table, workspaceId, documentId, fromIndex)
  }

  /**
   * A change of tags: reads the document, then writes it with its tag items in one
   * transaction conditional on what was read (see ./document-tags), reading again when a
   * concurrent write got there first.
   */
  private async updateTagged(
    workspaceId: string,
    id: string,
    changes: ReturnType<typeof toItemChanges>,
    ifStatus: readonly DocumentStatus[] | undefined,
  ): Promise<DocumentRecord | undefined> {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const current = await this.item(workspaceId, id)
      if (!current || (ifStatus && !ifStatus.includes(current.status))) return undefined
      const { added, removed } = tagDiff(current.tags, changes.set.tags ?? current.tags)
      if (added.length + removed.length + 1 > maxTransactionItems) throw tooManyTags()
      const codes = await patchTagged(this.table, current, changes, ifStatus)
      if (!codes) return toDocument(applied(current, changes))
      if (!failedAt(codes, 0)) throw raced()
    }
    throw raced()
  }

  private async item(workspaceId: string, id: string) {
    const { data } = await this.table.entities.document
      .get({ workspaceId, id })
      .go({ consistent: true })
    return data ?? undefined
  }
}

/** The document as the transaction left it: what was read with the changes applied. */
function applied(current: DocumentItem, changes: ReturnType<typeof toItemChanges>): DocumentItem {
  const item: DocumentItem = { ...current, ...changes.set }
  for (const attribute of changes.remove) delete item[attribute]
  return item
}
