import {
  clonePrompt,
  createPrompt,
  deletePrompt,
  getPrompt,
  getPromptVersion,
  listPrompts,
  listPromptVersions,
  normalizeTag,
  renderPrompt,
  rollbackPrompt,
  updatePrompt,
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
  PageQuery,
  pageOf,
  pageSchema,
  problems,
  WorkspaceHeader,
} from './access-schemas'
import {
  CloneBody,
  NewPromptBody,
  PromptDeletedView,
  PromptListQuery,
  PromptPatchBody,
  PromptVersionView,
  PromptView,
  promptVersionView,
  promptView,
  RenderBody,
  RenderedView,
  RollbackBody,
  VersionParam,
} from './prompt-schemas'

const tags = ['Prompts']
const headers = WorkspaceHeader
const idParam = Id.openapi({ param: { name: 'id', in: 'path' } })
const byId = { headers, params: z.object({ id: idParam }) }
const one = (description: string) => ({ 200: json(PromptView, description) })

/**
 * `/v1/prompts`: the current workspace's prompt templates (`X-Workspace-Id`, else the personal
 * one). Reading and rendering need `read`, changing `write`. Every change saves a new version
 * (a rollback too: history is never rewritten); rendering counts a use.
 */
export function promptsRoutes(deps: AppDependencies) {
  const reader = [workspaceAccess(deps), requirePermission('read')]
  const writer = [workspaceAccess(deps), requirePermission('write')]
  const route = (method: 'get' | 'post' | 'patch' | 'delete', path: string, summary: string) =>
    ({ method, path, tags, summary, security: anyCaller }) as const
  return createRouter()
    .openapi(
      createRoute({
        ...route('post', '/', 'Create a prompt template (version 1)'),
        middleware: writer,
        request: { headers, body: jsonBody(NewPromptBody) },
        responses: { 201: json(PromptView, 'Created'), ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const prompt = await createPrompt(deps, actingIn(c, deps), c.req.valid('json'))
        return c.json(promptView(prompt), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/', 'The workspace’s prompts, newest first, by category or tag'),
        middleware: reader,
        request: { headers, query: PageQuery.extend(PromptListQuery.shape) },
        responses: {
          200: json(pageSchema(PromptView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { category, tag, ...page } = c.req.valid('query')
        const found = await listPrompts(deps, actingIn(c, deps), {
          ...pageOf(page),
          ...(category === undefined ? {} : { category: category.trim() }),
          ...(tag === undefined ? {} : { tag: normalizeTag(tag) }),
        })
        return c.json(mapPage(found, promptView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}', 'A prompt at its current version'),
        middleware: reader,
        request: byId,
        responses: { ...one('The prompt'), ...problems(401, 403, 404, 422) },
      }),
      async (c) => {
        const prompt = await getPrompt(deps, actingIn(c, deps), {
          promptId: c.req.valid('param').id,
        })
        return c.json(promptView(prompt), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('patch', '/{id}', 'Change a prompt: saves a new version'),
        middleware: writer,
        request: { ...byId, body: jsonBody(PromptPatchBody) },
        responses: {
          ...one('The prompt at its new version'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const { expectedVersion, ...patch } = c.req.valid('json')
        const prompt = await updatePrompt(deps, actingIn(c, deps), {
          promptId: c.req.valid('param').id,
          patch,
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
        })
        return c.json(promptView(prompt), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('delete', '/{id}', 'Delete a prompt with all its versions'),
        middleware: writer,
        request: byId,
        responses: {
          200: json(PromptDeletedView, 'What was deleted'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const promptId = c.req.valid('param').id
        return c.json(await deletePrompt(deps, actingIn(c, deps), { promptId }), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/versions', 'A prompt’s versions, newest first'),
        middleware: reader,
        request: { ...byId, query: PageQuery },
        responses: {
          200: json(pageSchema(PromptVersionView), 'A page'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const found = await listPromptVersions(deps, actingIn(c, deps), {
          promptId: c.req.valid('param').id,
          page: pageOf(c.req.valid('query')),
        })
        return c.json(mapPage(found, promptVersionView), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('get', '/{id}/versions/{version}', 'One version of a prompt'),
        middleware: reader,
        request: { headers, params: z.object({ id: idParam, version: VersionParam }) },
        responses: {
          200: json(PromptVersionView, 'The version'),
          ...problems(401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { id, version } = c.req.valid('param')
        const found = await getPromptVersion(deps, actingIn(c, deps), { promptId: id, version })
        return c.json(promptVersionView(found), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/rollback', 'Bring back an old version, as a new version'),
        middleware: writer,
        request: { ...byId, body: jsonBody(RollbackBody) },
        responses: {
          ...one('The prompt at its new version'),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      }),
      async (c) => {
        const { version, expectedVersion } = c.req.valid('json')
        const prompt = await rollbackPrompt(deps, actingIn(c, deps), {
          promptId: c.req.valid('param').id,
          version,
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
        })
        return c.json(promptView(prompt), 200)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/clone', 'Copy a prompt into a new one at version 1'),
        middleware: writer,
        request: { ...byId, body: jsonBody(CloneBody) },
        responses: { 201: json(PromptView, 'The copy'), ...problems(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const { name } = c.req.valid('json')
        const prompt = await clonePrompt(deps, actingIn(c, deps), {
          promptId: c.req.valid('param').id,
          ...(name === undefined ? {} : { name }),
        })
        return c.json(promptView(prompt), 201)
      },
    )
    .openapi(
      createRoute({
        ...route('post', '/{id}/render', 'Fill a prompt’s variables; counts a use'),
        middleware: reader,
        request: { ...byId, body: jsonBody(RenderBody) },
        responses: {
          200: json(RenderedView, 'The text'),
          ...problems(400, 401, 403, 404, 422),
        },
      }),
      async (c) => {
        const { variables, version } = c.req.valid('json')
        const rendered = await renderPrompt(deps, actingIn(c, deps), {
          promptId: c.req.valid('param').id,
          ...(variables === undefined ? {} : { variables }),
          ...(version === undefined ? {} : { version }),
        })
        return c.json(rendered, 200)
      },
    )
}
