import { importConversations } from '@chatter/core'
import { createRoute } from '@hono/zod-openapi'
import type { AppDependencies } from '../dependencies'
import { actingIn, requirePermission, workspaceAccess } from '../middleware/workspace-access'
import { createRouter } from '../router'
import { anyCaller, json, jsonBody, problems, WorkspaceHeader } from './access-schemas'
import { ImportReportView, importReportView, NewImportBody } from './export-schemas'

/**
 * `/v1/imports`: conversations from ChatGPT's or Claude's `conversations.json`, or from a Chatter
 * export, become the caller's own in this workspace (`write`). The file travels in the JSON body,
 * so the body limit (MAX_BODY_BYTES) bounds it; the answer is the import's report.
 */
export function importsRoutes(deps: AppDependencies) {
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Exports'],
      summary: 'Import conversations from ChatGPT, Claude or a Chatter export',
      security: anyCaller,
      middleware: [workspaceAccess(deps), requirePermission('write')],
      request: { headers: WorkspaceHeader, body: jsonBody(NewImportBody) },
      responses: {
        201: json(ImportReportView, 'What was imported, and what was skipped with why'),
        ...problems(400, 401, 403, 404, 413, 422),
      },
    }),
    async (c) => {
      const { source, data } = c.req.valid('json')
      const report = await importConversations(deps, actingIn(c, deps), { source, data })
      return c.json(importReportView(report), 201)
    },
  )
}
