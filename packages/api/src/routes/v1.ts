import type { AppDependencies } from '../dependencies'
import { authenticate, rejectBadCredentials } from '../middleware/authenticate'
import { openAIErrors } from '../middleware/openai-errors'
import { rateLimit } from '../middleware/rate-limit'
import { requestOriginMiddleware } from '../middleware/request-origin'
import { createRouter } from '../router'
import { accountDeletionRoutes } from './account-deletion'
import { adminRoutes } from './admin'
import { agentsRoutes } from './agents'
import { adminAnalyticsRoutes, analyticsRoutes } from './analytics'
import { apiKeysRoutes } from './api-keys'
import { auditEventsRoutes } from './audit-events'
import { authRoutes } from './auth'
import { conversationMessagesRoutes } from './conversation-messages'
import { conversationsRoutes } from './conversations'
import { documentJobsRoutes } from './document-jobs'
import { documentsRoutes } from './documents'
import { experimentsRoutes } from './experiments'
import { exportsRoutes } from './exports'
import { importsRoutes } from './imports'
import { invitationsRoutes } from './invitations'
import { meRoutes } from './me'
import { chatCompletionRoutes, embeddingsRoutes, modelsRoutes } from './openai-compat'
import { preferencesRoutes } from './preferences'
import { profilesRoutes } from './profiles'
import { promptsRoutes } from './prompts'
import { reportsRoutes } from './reports'
import { retentionRoutes } from './retention'
import { searchRoutes } from './search'
import { tagsRoutes } from './tags'
import { toolAnalyticsRoutes } from './tool-analytics'
import { toolServersRoutes } from './tool-servers'
import { webhooksRoutes } from './webhooks'
import { workflowExecutionRoutes, workflowStartRoutes } from './workflow-executions'
import { workflowsRoutes } from './workflows'
import { workspacesRoutes } from './workspaces'

/**
 * Everything under `/v1`: the caller is identified, rate-limited (refused credentials count
 * against the client IP), refused credentials answered 401, then each route checks what it
 * needs (a user, a workspace permission). `/workflows/executions` is mounted before
 * `/workflows`, whose `/{id}` would otherwise take "executions" for a workflow id.
 */
export function v1Routes(deps: AppDependencies) {
  // The OpenAI-compatible routes' problems (401s and 429s too) carry OpenAI's `error` member.
  const openAI = openAIErrors()
  return createRouter()
    .use('/chat/completions', openAI)
    .use('/models', openAI)
    .use('/models/*', openAI)
    .use('/embeddings', openAI)
    .use(requestOriginMiddleware())
    .use(authenticate(deps))
    .use(rateLimit(deps))
    .use(rejectBadCredentials())
    .route('/auth', authRoutes(deps))
    .route('/me', meRoutes(deps))
    .route('/me', accountDeletionRoutes(deps))
    .route('/me/preferences', preferencesRoutes(deps))
    .route('/admin', adminRoutes(deps))
    .route('/admin/analytics', adminAnalyticsRoutes(deps))
    .route('/workspaces', workspacesRoutes(deps))
    .route('/workspaces', retentionRoutes(deps))
    .route('/invitations', invitationsRoutes(deps))
    .route('/api-keys', apiKeysRoutes(deps))
    .route('/audit-events', auditEventsRoutes(deps))
    .route('/analytics', analyticsRoutes(deps))
    .route('/conversations', conversationsRoutes(deps))
    .route('/conversations', conversationMessagesRoutes(deps))
    .route('/profiles', profilesRoutes(deps))
    .route('/prompts', promptsRoutes(deps))
    .route('/agents', agentsRoutes(deps))
    .route('/documents', documentsRoutes(deps))
    .route('/document-jobs', documentJobsRoutes(deps))
    .route('/exports', exportsRoutes(deps))
    .route('/imports', importsRoutes(deps))
    .route('/tags', tagsRoutes(deps))
    .route('/search', searchRoutes(deps))
    .route('/tool-servers', toolServersRoutes(deps))
    .route('/tool-analytics', toolAnalyticsRoutes(deps))
    .route('/webhooks', webhooksRoutes(deps))
    .route('/workflows/executions', workflowExecutionRoutes(deps))
    .route('/workflows', workflowStartRoutes(deps))
    .route('/workflows', workflowsRoutes(deps))
    .route('/experiments', experimentsRoutes(deps))
    .route('/reports', reportsRoutes(deps))
    .route('/chat', chatCompletionRoutes(deps))
    .route('/models', modelsRoutes(deps))
    .route('/embeddings', embeddingsRoutes(deps))
}
