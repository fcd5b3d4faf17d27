/**
 * The authorization matrix's exceptions, each with its reason. The 2xx tables are exact: an
 * operation listed must answer 2xx and one not listed must not, so a table cannot silently
 * outlive the behaviour it excuses. Public operations (`security: []`) answer by what the body
 * says (sign-up, sign-in) and are left out of the caller tables.
 */

/** Non-GET operations a viewer of A may call successfully: each touches only their own things. */
export const viewerMayWrite: Record<string, string> = {
  'POST /v1/auth/logout': 'ends their own session',
  'PATCH /v1/me/preferences': 'their own preferences, in no workspace',
  'POST /v1/workspaces': 'a new workspace of their own, not A',
  'POST /v1/agents/route': 'a read: picks an agent for a message and stores nothing',
  'POST /v1/prompts/{id}/render': 'a read: fills a template in and stores nothing',
  'POST /v1/search': 'a read: records only their own search history',
  'DELETE /v1/search/history': 'their own search history',
  'POST /v1/workflows/validate': 'checks a definition and stores nothing',
  'POST /v1/embeddings': 'a computation that stores nothing',
}

/**
 * Non-GET operations a read-only key (the owner's, in A) may call successfully: reads sent as
 * POST, and the creator's own search history. A key cannot sign up, sign out or
 * change preferences (those are for people or need `write`).
 */
export const readKeyMayWrite: Record<string, string> = {
  'POST /v1/agents/route': 'a read: picks an agent for a message and stores nothing',
  'POST /v1/prompts/{id}/render': 'a read: fills a template in and stores nothing',
  'POST /v1/search': 'a read: records only the creator’s own search history',
  'DELETE /v1/search/history': 'clears the creator’s own search history (questionable: it deletes)',
  'POST /v1/workflows/validate': 'checks a definition and stores nothing',
  'POST /v1/embeddings': 'a computation that stores nothing',
}

/**
 * Operations that are not about any workspace: a member of another workspace may call them
 * (X-Workspace-Id is ignored) and acts only on their own account. Public operations (sign-up,
 * sign-in, health) answer whoever calls, by what the body says, and are not listed.
 */
export const notWorkspaceScoped: Record<string, string> = {
  'POST /v1/auth/logout': 'their own session',
  'GET /v1/me': 'their own account',
  'GET /v1/me/preferences': 'their own preferences',
  'PATCH /v1/me/preferences': 'their own preferences',
  'GET /v1/me/preferences/versions': 'their own preferences',
  'GET /v1/workspaces': 'lists only their own workspaces',
  'POST /v1/workspaces': 'a new workspace of their own',
  'GET /v1/invitations': 'lists only invitations to their own email',
}

/** Operations that never look at credentials, so a revoked or expired one is not refused. */
export const credentialsIgnored: Record<string, string> = {
  'GET /healthz': 'liveness, outside /v1: load balancers call it without credentials',
  'GET /readyz': 'readiness, outside /v1: load balancers call it without credentials',
}

/** Refusals that may rightly leave a trace in the stores, and the status they come with. */
export const refusalsThatRecord: Record<string, { status: number; reason: string }> = {
  'POST /v1/auth/password': {
    status: 403,
    reason: 'a wrong current password is written to the audit log',
  },
}
