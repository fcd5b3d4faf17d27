import {
  abortDocumentUpload,
  changeDocumentTags,
  completeDocumentUpload,
  createDocumentUpload,
  deleteDocument,
  downloadDocument,
  getDocument,
  getPassage,
  listDocuments,
  previewDocument,
  renameDocument,
  reprocessDocument,
} from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import {
  anyCaller,
  Id,
  json,
  jsonBody,
  mapPage,
  pageOf,
  pageSchema,
  problems,
  WorkspaceHeader,
} from './access-schemas'
import {
  AbortUploadBody,
  CompleteUploadBody,
  DeletionView,
  DocumentListQuery,
  DocumentPatchBody,
  DocumentUploadView,
  DocumentView,
  DownloadQuery,
  DownloadView,
  deletionView,
  documentView,
  NewDocumentBody,
  PassageId,
  PassageView,
  PreviewQuery,
  PreviewView,
  TagChangeBody,
  uploadProblems,
  uploadView,
} from './document-schemas'

const tags = ['Documents']
const headers = WorkspaceHeader
const byId = {
  headers,
  params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
}
const one = (description: string) => ({ 200: json(DocumentView, description) })

/**
 * `/v1/documents`: the current workspace's knowledge base (`X-Workspace-Id`, else the personal
 * one). Reading needs `read`, anything else `write`. A document is made by `POST /` (which
 * signs where its bytes go) and becomes searchable once ingested: `uploading`, `processing`,
 * then `ready` (or `failed`, or `duplicate` of a document with the same bytes).
 */
export function documentsRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const ports = { ...deps.knowledge, audit: deps.audit, workspaces: deps.workspaces }
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Register a document and get where to upload its bytes'),
        middleware: writer,
        request: { headers, body: jsonBody(NewDocumentBody) },
        responses: {
          201: json(DocumentUploadView, 'Created: upload the bytes as `upload` says'),
          ...problems(400, 401, 403, 404, 422),
          ...uploadProblems,
        },
      }),
      async (c) => {
        const made = await createDocumentUpload(ports, actingIn(c, deps), c.req.valid('json'))
        const document = documentView(made.document)
        return c.json({ document, upload: uploadView(document.id, made.upload) }, 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s documents, newest first'),
        middleware: reader,
        request: { headers, query: DocumentListQuery },
        responses: {
          200: json(pageSchema(DocumentView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { status, tag, ...page } = c.req.valid('query')
        const found = await listDocuments(ports, actingIn(c, deps), {
          ...pageOf(page),
          ...(status ? { status } : {}),
          ...(tag === undefined ? {} : { tag }),
        })
        return c.json(mapPage(found, documentView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'A document with its status and progress'),
        middleware: reader,
        request: byId,
        responses: { ...one('The document'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const document = await getDocument(ports, actingIn(c, deps), c.req.valid('param').id)
        return c.json(documentView(document), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/preview', 'The text of the first pages of a ready document'),
        middleware: reader,
        request: { ...byId, query: PreviewQuery },
        responses: {
          200: json(PreviewView, 'The text, page by page'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const id = c.req.valid('param').id
        const preview = await previewDocument(ports, actingIn(c, deps), id, c.req.valid('query'))
        return c.json(preview, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/passages/{passageId}', 'One passage of a document, as cited'),
        middleware: reader,
        request: {
          headers,
          params: byId.params.extend({
            passageId: PassageId.openapi({ param: { name: 'passageId', in: 'path' } }),
          }),
        },
        responses: {
          200: json(PassageView, 'The passage: its text and where it is'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id, passageId } = c.req.valid('param')
        const passage = await getPassage(ports, actingIn(c, deps), id, passageId)
        return c.json(passage, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/download', 'A short-lived link to the original file'),
        middleware: reader,
        request: { ...byId, query: DownloadQuery },
        responses: {
          200: json(DownloadView, 'The link'),
          302: { description: 'With ?redirect=1: to the link' },
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const link = await downloadDocument(ports, actingIn(c, deps), c.req.valid('param').id)
        const { redirect } = c.req.valid('query')
        if (redirect === '1' || redirect === 'true') return c.redirect(link.url, 302)
        return c.json(link, 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/upload/complete', 'Finish a multipart upload'),
        middleware: writer,
        request: { ...byId, body: jsonBody(CompleteUploadBody) },
        responses: {
          ...one('The document, ingested once S3 reports the object'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const id = c.req.valid('param').id
        const input = c.req.valid('json')
        const document = await completeDocumentUpload(ports, actingIn(c, deps), id, input)
        return c.json(documentView(document), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/upload/abort', 'Abandon an unfinished upload and its document'),
        middleware: writer,
        request: { ...byId, body: jsonBody(AbortUploadBody) },
        responses: {
          ...one('The abandoned document, now gone'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const id = c.req.valid('param').id
        const input = c.req.valid('json')
        const document = await abortDocumentUpload(ports, actingIn(c, deps), id, input)
        return c.json(documentView(document), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('patch', '/{id}', 'Rename a document or replace its tags'),
        middleware: writer,
        request: { ...byId, body: jsonBody(DocumentPatchBody) },
        responses: { ...one('The changed document'), ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const id = c.req.valid('param').id
        const { tags: set, filename } = c.req.valid('json')
        const acting = actingIn(c, deps)
        // Tags first: they can be refused (too many once normalised); a valid name cannot, so
        // a refused patch changes nothing.
        let document =
          set === undefined ? undefined : await changeDocumentTags(ports, acting, id, { set })
        if (filename !== undefined) document = await renameDocument(ports, acting, id, { filename })
        if (!document) throw new Error('the patch schema requires tags or filename')
        return c.json(documentView(document), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/tags', 'Add and remove some tags'),
        middleware: writer,
        request: { ...byId, body: jsonBody(TagChangeBody) },
        responses: { ...one('The document with its tags'), ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const id = c.req.valid('param').id
        const { add, remove } = c.req.valid('json')
        const document = await changeDocumentTags(ports, actingIn(c, deps), id, {
          ...(add ? { add } : {}),
          ...(remove ? { remove } : {}),
        })
        return c.json(documentView(document), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/{id}', 'Delete a document, its bytes, chunks and vectors'),
        middleware: writer,
        request: byId,
        responses: {
          200: json(DeletionView, 'What was deleted'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const deletion = await deleteDocument(ports, actingIn(c, deps), c.req.valid('param').id)
        return c.json(deletionView(deletion), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/reprocess', 'Ingest a document again from its bytes'),
        middleware: writer,
        request: byId,
        responses: {
          202: json(DocumentView, 'Accepted: the document, about to be processed'),
          ...problems(401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const document = await reprocessDocument(ports, actingIn(c, deps), c.req.valid('param').id)
        return c.json(documentView(document), 202)
      },
    )
}
