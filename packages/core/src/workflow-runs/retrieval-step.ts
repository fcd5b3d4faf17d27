import { rolePermissions } from '../access/permissions'
import type { KnowledgePorts } from '../documents/knowledge-ports'
import { isDomainError } from '../errors'
import { type SearchResult, searchDocuments } from '../search/search-documents'
import type { SearchInput } from '../search/search-filter'
import type { WorkflowNodeConfig } from '../workflows/node-configs'
import { readStatePath, renderStateTemplate } from './state-paths'
import { WorkflowStepError } from './step-errors'
import type { WorkflowStepContext, WorkflowStepPorts } from './workflow-step-ports'

/**
 * A `retrieval` node: a search of the workflow's workspace, read-only and kept out of anyone's
 * search history. Output: `{ hits, text }`, `text` the passages numbered for citing.
 */
export async function runRetrievalStep(
  ports: WorkflowStepPorts,
  config: WorkflowNodeConfig<'retrieval'>,
  context: WorkflowStepContext,
) {
  if (!ports.knowledge)
    throw new WorkflowStepError('WorkflowStepUnsupported', 'Retrieval is not available here.')
  const documentIds = documentIdsFrom(config.documentIdsFrom, context.state)
  const filter = documentIds === undefined ? config.filter : { ...config.filter, documentIds }
  const { hits } = await retrieve(ports.knowledge, context, {
    query: renderStateTemplate(config.query, context.state).trim() || config.query,
    ...(config.topK === undefined ? {} : { topK: config.topK }),
    ...(filter === undefined ? {} : { filter }),
  })
  return { hits, text: passagesText(hits) }
}

/** A search acting as the workflow: a viewer's `read` in its workspace, nothing else. */
export async function retrieve(
  knowledge: KnowledgePorts,
  context: WorkflowStepContext,
  input: SearchInput,
): Promise<SearchResult> {
  const access = {
    principal: {
      type: 'user' as const,
      userId: `workflow:${context.execution}`,
      sessionId: context.execution,
      systemAdmin: false,
    },
    workspaceId: context.workspaceId,
    role: 'viewer' as const,
    permissions: new Set(rolePermissions.viewer),
  }
  try {
    return await searchDocuments(
      knowledge,
      { access, now: context.now },
      input,
      context.signal ? { signal: context.signal } : {},
    )
  } catch (error) {
    if (isDomainError(error) && error.code === 'request.invalid')
      throw new WorkflowStepError('WorkflowStepInvalid', error.message, { cause: error })
    throw error
  }
}

function documentIdsFrom(path: string | undefined, state: unknown): string[] | undefined {
  if (path === undefined) return undefined
  const value = readStatePath(state, path)
  const ids = Array.isArray(value) ? value : [value]
  if (!ids.every((id): id is string => typeof id === 'string' && id !== ''))
    throw new WorkflowStepError('WorkflowStepInvalid', `${path} holds no document id.`)
  return ids
}

/** `[1] report.pdf, page 3` then the passage, per hit: what prompts cite from. */
export const passagesText = (hits: SearchResult['hits']): string =>
  hits
    .map((hit, index) => `[${index + 1}] ${hit.filename}, page ${hit.page}\n${hit.text}`)
    .join('\n\n')
