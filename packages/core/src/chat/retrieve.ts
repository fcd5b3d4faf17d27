import { z } from 'zod'
import type { Acting } from '../audit/acting'
import type { KnowledgePorts } from '../documents/knowledge-ports'
import type { ContextPassage } from '../ports/chat-model'
import type { RetrievalSettings } from '../ports/profile-repository'
import { profileDefaults } from '../profiles/profile-rules'
import { searchDocuments } from '../search/search-documents'
import { type SearchFilter, searchFilterSchema, searchLimits } from '../search/search-filter'
import { parsedInput } from '../search/search-input'
import type { ChatPorts } from './chat-ports'
import type { ResolvedModel } from './resolve-model'
import { estimateTokens } from './token-budget'

/**
 * What a message asks of retrieval: on or off, and optionally how many passages, a similarity
 * floor and a filter. What it leaves out comes from the conversation's profile.
 */
export const retrievalRequestSchema = z
  .object({
    enabled: z.boolean(),
    topK: z.number().int().min(1).max(searchLimits.topK).optional(),
    minScore: z.number().min(0).max(1).optional(),
    filter: searchFilterSchema.optional(),
  })
  .strict()

export type RetrievalRequest = z.input<typeof retrievalRequestSchema>

/** The retrieval a turn runs: the user's message searched (hybrid) with these settings. */
export interface TurnRetrieval {
  topK: number
  minScore?: number
  filter?: SearchFilter
}

/**
 * The retrieval of a turn, or undefined when it runs none: the message's `retrieval` when given,
 * else the profile's (`resolved.retrieval`, read once by `resolveModel`), or an agent's
 * knowledge scope; what the message leaves out (topK, minScore) comes from the profile too. No
 * retrieval without the knowledge ports. An invalid request is a 422
 * (paths under `retrieval.`), thrown before anything is stored.
 */
export function retrievalFor(
  ports: Pick<ChatPorts, 'knowledge'>,
  resolved: Pick<ResolvedModel, 'retrieval' | 'agentId' | 'knowledge'>,
  requested?: RetrievalRequest,
): TurnRetrieval | undefined {
  const asked =
    requested &&
    parsedInput(z.object({ retrieval: retrievalRequestSchema }), {
      retrieval: requested,
    }).retrieval
  if (asked?.enabled === false || !ports.knowledge) return undefined
  const settings: RetrievalSettings = resolved.retrieval ?? profileDefaults.retrieval
  // An agent decides by its knowledge scope (none: no retrieval unless the message asks).
  const scope = resolved.knowledge
  const enabled = asked
    ? asked.enabled
    : resolved.agentId
      ? (scope?.enabled ?? false)
      : settings.enabled
  if (!enabled) return undefined
  const minScore = asked?.minScore ?? settings.minScore
  // The agent's scope narrows whatever the message asks for; a message cannot widen it.
  const filter = {
    ...asked?.filter,
    ...(scope?.tags ? { tags: scope.tags } : {}),
    ...(scope?.documentIds ? { documentIds: scope.documentIds } : {}),
  }
  return {
    topK: asked?.topK ?? scope?.topK ?? settings.topK,
    ...(minScore === undefined ? {} : { minScore }),
    ...(Object.keys(filter).length > 0 ? { filter } : {}),
  }
}

/** Passages may take at most this share of the context window; the lowest-ranked go first. */
const passageShareOfWindow = 0.5

/**
 * The passages for a question: a hybrid search of the workspace's documents (not recorded in
 * anyone's search history), best first, as many as fit in half the context window.
 */
export async function retrievePassages(
  knowledge: KnowledgePorts,
  acting: Pick<Acting, 'access' | 'now'>,
  retrieval: TurnRetrieval,
  question: string,
  options: { window: number; signal?: AbortSignal },
): Promise<ContextPassage[]> {
  const { documents, blobs, vectors, lexical, embedder } = knowledge
  const { hits } = await searchDocuments(
    { documents, blobs, vectors, lexical, embedder },
    acting,
    {
      query: searchableQuery(question),
      topK: retrieval.topK,
      mode: 'hybrid',
      ...(retrieval.minScore === undefined ? {} : { minScore: retrieval.minScore }),
      ...(retrieval.filter ? { filter: retrieval.filter } : {}),
    },
    options.signal ? { signal: options.signal } : {},
  )
  let room = Math.floor(options.window * passageShareOfWindow)
  const passages: ContextPassage[] = []
  for (const hit of hits) {
    room -= estimateTokens(hit.text)
    if (room < 0) break
    passages.push({
      id: hit.id,
      documentId: hit.documentId,
      text: hit.text,
      page: hit.page,
      score: hit.score,
    })
  }
  return passages
}

/** A message as a search query: whitespace collapsed, cut to the query limit at a word. */
function searchableQuery(question: string): string {
  const flat = question.replace(/\s+/g, ' ').trim()
  if (flat.length <= searchLimits.queryLength) return flat
  return flat.slice(0, searchLimits.queryLength).replace(/\s+\S*$/, '')
}
