import type { WorkspaceAccess } from '../../access/principal'
import type { KnowledgePorts } from '../../documents/knowledge-ports'
import type { Tool, ToolResult } from '../../ports/tools'
import { searchDocuments } from '../../search/search-documents'
import { searchLimits } from '../../search/search-filter'

const defaultTopK = 5
/** Each hit's text is cut to this many characters so several fit in what the model reads. */
const hitTextLength = 1500

/**
 * The tool searches as a reader of the workspace: the catalog offers it only to turns in that
 * workspace, whose callers may read it (chatting needs `write`, which comes with `read`).
 */
const readerOf = (workspaceId: string): WorkspaceAccess => ({
  principal: { type: 'user', userId: 'tool:search_documents', sessionId: '', systemAdmin: false },
  workspaceId,
  role: 'viewer',
  permissions: new Set(['read']),
})

/** The `search_documents` tool: a hybrid search of the workspace's documents (no history). */
export function searchDocumentsTool(
  knowledge: KnowledgePorts,
  workspaceId: string,
  clock: () => Date = () => new Date(),
): Tool {
  return {
    name: 'search_documents',
    description:
      "Searches the workspace's documents (by meaning and by words) and returns the best " +
      'passages with their file name and page. Use it to find facts in uploaded documents.',
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'What to look for, in a few words or a question.' },
        topK: {
          type: 'integer',
          minimum: 1,
          maximum: 20,
          description: `How many passages to return (default ${defaultTopK}).`,
        },
      },
      required: ['query'],
      additionalProperties: false,
    },
    source: { type: 'builtin' },
    async call(input, signal): Promise<ToolResult> {
      const { query, topK } = (input ?? {}) as { query?: unknown; topK?: unknown }
      if (typeof query !== 'string' || query.trim() === '')
        return { content: 'Give what to look for as "query".', isError: true }
      if (topK !== undefined && (!Number.isInteger(topK) || (topK as number) < 1))
        return { content: 'topK must be a whole number from 1 to 20.', isError: true }
      const { documents, blobs, vectors, lexical, embedder } = knowledge
      const { hits } = await searchDocuments(
        { documents, blobs, vectors, lexical, embedder },
        { access: readerOf(workspaceId), now: clock() },
        {
          query: query.slice(0, searchLimits.queryLength),
          topK: Math.min((topK as number | undefined) ?? defaultTopK, 20),
          mode: 'hybrid',
        },
        { signal },
      )
      if (hits.length === 0) return { content: `No passage matches "${query}".`, isError: false }
      const content = hits
        .map(
          (hit, i) =>
            `[${i + 1}] ${hit.filename}, page ${hit.page}\n${hit.text.slice(0, hitTextLength)}`,
        )
        .join('\n\n')
      return { content, isError: false }
    },
  }
}
