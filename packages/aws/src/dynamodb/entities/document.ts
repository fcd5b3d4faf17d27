import { type DocumentFormat, documentStatuses } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

const formats = [
  'pdf',
  'docx',
  'html',
  'markdown',
  'text',
  'csv',
  'json',
] as const satisfies readonly DocumentFormat[]

/**
 * A document record, in its workspace's partition (strongly consistent get; found by key when
 * the workspace is deleted). Both lists sort by `createdAt#id`, newest first when read
 * descending: gsi1 is the workspace's whole list, gsi2 one status's (`status` is in its
 * partition key, so a status change moves the item there: every patch that sets `status` has
 * the other composite, `workspaceId`, from the item's key). Progress is two numbers, so that
 * parallel ingestion batches can each ADD to `chunksDone` atomically. Its tags are also items of
 * their own (`documentTag`), written in the same transactions as `tags` here.
 */
export const documentEntity = () =>
  new Entity({
    model: { service, entity: 'document', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      filename: { type: 'string', required: true },
      contentType: { type: 'string', required: true },
      size: { type: 'number', required: true },
      tags: { type: 'list', required: true, items: { type: 'string' } },
      status: { type: documentStatuses, required: true },
      chunksDone: { type: 'number', required: true },
      chunksTotal: { type: 'number', required: true },
      error: { type: 'string' },
      source: { type: ['upload', 'drop'] as const, required: true, readOnly: true },
      blobKey: { type: 'string', required: true },
      contentHash: { type: 'string' },
      duplicateOf: { type: 'string' },
      title: { type: 'string' },
      format: { type: formats },
      pageCount: { type: 'number' },
      chunkCount: { type: 'number', required: true },
      ingestion: {
        type: 'map',
        properties: {
          mode: { type: ['inline', 'workflow'] as const, required: true },
          executionArn: { type: 'string' },
          startedAt: { type: 'string', required: true },
        },
      },
      createdBy: { type: 'string', required: true, readOnly: true },
      readyAt: { type: 'string' },
      ...timestamps,
    },
    indexes: {
      // Ids keep their case in the keys, so `doc_A` never reaches `doc_a`.
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      byCreation: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
      byStatus: {
        index: fields.gsi2.index,
        pk: { field: fields.gsi2.pk, composite: ['workspaceId', 'status'] },
        sk: { field: fields.gsi2.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * One tag of one document: "documents by tag" is a Query of the tag's partition, newest first
 * (sorted like the document lists, by the document's `createdAt#documentId`, strongly
 * consistent). gsi1 holds every tag item of a workspace sorted by tag, so the tag counts are one
 * Query, and so is finding them when the workspace is deleted. Written and deleted only in the
 * transactions that change the document's `tags`, so the two never disagree.
 */
export const documentTagEntity = () =>
  new Entity({
    model: { service, entity: 'documentTag', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      tag: { type: 'string', required: true, readOnly: true },
      documentId: { type: 'string', required: true, readOnly: true },
      /** The document's, for the order of the tag's list. */
      createdAt: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      // Tags are matched exactly (the port lower-cases them), like ids.
      byTag: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'tag'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['createdAt', 'documentId'], casing: 'none' },
      },
      byWorkspace: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['tag', 'documentId'], casing: 'none' },
      },
    },
  })

/**
 * A stored chunk, in its document's partition by zero-padded index (so the sort key orders 2
 * before 10, and a preview from an index is one Query).
 */
export const documentChunkEntity = () =>
  new Entity({
    model: { service, entity: 'documentChunk', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      documentId: { type: 'string', required: true, readOnly: true },
      index: { type: 'number', required: true, readOnly: true, padding: { length: 8, char: '0' } },
      text: { type: 'string', required: true },
      page: { type: 'number', required: true },
      section: { type: 'string' },
      tokenCount: { type: 'number', required: true },
    },
    indexes: {
      byDocument: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'documentId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['index'] },
      },
    },
  })

/**
 * Which document holds a content hash in a workspace: created conditionally, so of two
 * documents with the same bytes exactly one wins. gsi1 finds a workspace's claims when it is
 * deleted (a claim may outlive the write that would have recorded it on its document).
 */
export const documentHashEntity = () =>
  new Entity({
    model: { service, entity: 'documentHash', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      contentHash: { type: 'string', required: true, readOnly: true },
      documentId: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byHash: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'contentHash'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
      byWorkspace: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['contentHash'], casing: 'none' },
      },
    },
  })
