import { getRetentionPolicy, runRetentionNow, setRetentionPolicy } from '@chatter/core'
import { createRoute, z } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import { anyCaller, Id, json, jsonBody, problems } from './access-schemas'

const tags = ['Retention']
const Params = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) })

const Days = z
  .number()
  .int()
  .min(1)
  .max(3650)
  .nullable()
  .optional()
  .openapi({ description: 'Whole days from 1 to 3650; null or absent keeps them forever' })

const RetentionInput = z
  .object({ conversationsDays: Days, documentsDays: Days, auditDays: Days })
  .strict()
  .openapi('RetentionInput')

const RetentionPolicy = z
  .object({
    workspaceId: z.string(),
    conversationsDays: z.number().nullable().openapi({ description: 'By last activity' }),
    documentsDays: z.number().nullable().openapi({ description: 'By upload time' }),
    auditDays: z.number().nullable(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .openapi('RetentionPolicy')

const PurgeSummary = z
  .object({
    workspaceId: z.string(),
    conversations: z.number(),
    messages: z.number(),
    documents: z.number(),
    auditEvents: z.number(),
    complete: z
      .boolean()
      .openapi({ description: 'False when the time ran out: the daily purge does the rest' }),
  })
  .openapi('RetentionPurgeSummary')

/** How long a purge run from the API may take before it leaves the rest to the daily job. */
const inlineBudgetMs = 15_000

/**
 * `/v1/workspaces/{id}/retention`: how long the workspace keeps conversations, documents and
 * audit events (`manageMembers`: admins and the owner), and running its purge now. The daily
 * retention job purges every workspace with a policy; `POST .../retention/run` purges this one
 * inline within a time budget and answers 202 with what it removed (`complete: false` when the
 * budget ran out; the daily job carries on from there).
 */
export function retentionRoutes(deps: AppDependencies) {
  const admins = [workspaceAccess(deps, { param: 'id' }), requirePermission('manageMembers')]
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/retention',
        tags,
        summary: "The workspace's retention policy (manageMembers)",
        security: anyCaller,
        middleware: admins,
        request: { params: Params },
        responses: { 200: json(RetentionPolicy, 'The policy'), ...problems(401, 403, 404) },
      }),
      async (c) => c.json(await getRetentionPolicy(deps, actingIn(c, deps)), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/retention',
        tags,
        summary: "Replace the workspace's retention policy (manageMembers)",
        security: anyCaller,
        middleware: admins,
        request: { params: Params, body: jsonBody(RetentionInput) },
        responses: { 200: json(RetentionPolicy, 'The policy'), ...problems(401, 403, 404, 422) },
      }),
      async (c) =>
        c.json(await setRetentionPolicy(deps, actingIn(c, deps), c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/retention/run',
        tags,
        summary: 'Purge what the policy no longer keeps, now (manageMembers)',
        security: anyCaller,
        middleware: admins,
        request: { params: Params },
        responses: {
          202: json(PurgeSummary, 'What was purged (the daily job finishes what is left)'),
          ...problems(401, 403, 404),
        },
      }),
      async (c) => {
        const started = Date.now()
        const summary = await runRetentionNow(deps, actingIn(c, deps), {
          hasTime: () => Date.now() - started < inlineBudgetMs,
        })
        return c.json(summary, 202)
      },
    )
}
