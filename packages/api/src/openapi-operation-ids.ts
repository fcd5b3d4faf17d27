/**
 * Operation ids derived from method and path, so every route gets a stable camelCase name (the
 * SDK's `operations` and the docs' deep links use it) without 160 hand-kept strings. A route that
 * sets its own `operationId` keeps it; `named` covers the few paths the rules read badly.
 */

/** Ids the rules would get wrong or make awkward. Keys are `METHOD /path` as documented. */
const named: Record<string, string> = {
  'GET /healthz': 'getHealth',
  'GET /readyz': 'getReadiness',
  'POST /v1/auth/register': 'register',
  'POST /v1/auth/login': 'login',
  'POST /v1/auth/refresh': 'refreshSession',
  'POST /v1/auth/logout': 'logout',
  'POST /v1/auth/password': 'changePassword',
  'DELETE /v1/me': 'deleteAccount',
  'POST /v1/search': 'searchDocuments',
  'GET /v1/profiles/default': 'getDefaultProfile',
  'POST /v1/profiles/{id}/default': 'setDefaultProfile',
  'POST /v1/conversations/{id}/messages': 'sendMessage',
  'POST /v1/conversations/{id}/active-branch': 'setActiveBranch',
  'POST /v1/documents/{id}/tags': 'changeDocumentTags',
  'GET /v1/audit-events/export': 'exportAuditEvents',
  'GET /v1/documents/{id}/download': 'downloadDocument',
  'GET /v1/reports/{id}/runs/{runId}/download': 'downloadReportRun',
  'GET /v1/workflows/{id}/executions': 'listExecutionsOfWorkflow',
  'POST /v1/workflows/{id}/executions': 'startWorkflowExecution',
  'POST /v1/workflows/templates/{id}/executions': 'startTemplateExecution',
}

/** A POST whose last segment is one of these runs that action on what precedes it. */
// biome-ignore format: a word list reads better packed
const actions = new Set([
  'accept', 'abort', 'approve', 'call', 'cancel', 'check', 'clone', 'complete', 'decline',
  'fork', 'pause', 'ping', 'redeliver', 'regenerate', 'render', 'reprocess', 'resume',
  'rollback', 'rotate-secret', 'route', 'run', 'start', 'validate',
])

/** Plural-looking nouns that name one thing (a report, a settings object). */
const uncountable = new Set(['analytics', 'metrics', 'preferences', 'results', 'usage'])

const isParam = (segment: string) => segment.startsWith('{')
const pascal = (segment: string) =>
  segment
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')

function singular(noun: string): string {
  if (uncountable.has(noun.split('-').at(-1) ?? noun)) return noun
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`
  if (/(ch|sh|x|ss)es$/.test(noun)) return noun.slice(0, -2)
  return noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun
}

/**
 * @example operationIdOf('get', '/v1/workspaces/{id}/members') // 'listWorkspaceMembers'
 * @example operationIdOf('post', '/v1/webhooks/{id}/rotate-secret') // 'rotateWebhookSecret'
 */
export function operationIdOf(method: string, path: string): string {
  const verb = method.toUpperCase()
  const given = named[`${verb} ${path}`]
  if (given) return given
  const segments = path.replace(/^\/v1/, '').split('/').filter(Boolean)
  const last = segments.at(-1) ?? ''
  const action = verb === 'POST' && actions.has(last) ? last : undefined
  // Each noun, and whether a parameter follows it (then it names one item of its collection).
  const nouns = (action ? segments.slice(0, -1) : segments).flatMap((segment, i, all) =>
    isParam(segment) ? [] : [{ noun: segment, one: isParam(all[i + 1] ?? '') }],
  )
  const phrase = (keepLastPlural: boolean) =>
    nouns
      .map(({ noun, one }, i) =>
        pascal(one || !(keepLastPlural && i === nouns.length - 1) ? singular(noun) : noun),
      )
      .join('')
  if (action) {
    const [first = '', ...rest] = action.split('-')
    return first + phrase(false) + rest.map(pascal).join('')
  }
  if (verb === 'GET') {
    const many = !isParam(last) && singular(last) !== last
    return many ? `list${phrase(true)}` : `get${phrase(false)}`
  }
  const prefix = { POST: 'create', PUT: 'set', PATCH: 'update', DELETE: 'delete' }[verb]
  return `${prefix ?? method.toLowerCase()}${phrase(false)}`
}
