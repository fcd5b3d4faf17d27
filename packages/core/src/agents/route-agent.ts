import { type Acting, assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import type { Agent, AgentRepository } from '../ports/agent-repository'
import type { Embedder } from '../ports/embedder'

export interface AgentRoutingPorts {
  agents: Pick<AgentRepository, 'listAll'>
  knowledge: { embedder: Pick<Embedder, 'embed'> }
}

export interface AgentMatch {
  agent: Agent
  /** 0-1: how well the agent's name and description match the message. */
  score: number
}

/** The best agent for a message (null when the workspace has none) and the next best. */
export interface AgentRouting {
  agent: Agent | null
  score: number
  /** Up to three runner-ups, best first. */
  alternatives: AgentMatch[]
}

/** The longest message routing reads; only the start of a longer one is compared. */
export const routingMessageLimit = 10_000
const comparedLength = 2000
const weights = { meaning: 0.6, words: 0.4 } as const

// Words too common to say anything about what a message is for.
const stopWords = new Set(
  'the and for are but not you your with this that from have has can could would should will what when where which who how why was were into about there their them they then than our out all any its also just more some such only over very may might must does did doing been being here i me my we us a an to of in on at by or is it be do as if so no'.split(
    ' ',
  ),
)

/** The distinct content words of a text: lower-case letters and digits, a plural's `s` off. */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>()
  for (const [raw] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    if (raw.length < 3 || stopWords.has(raw)) continue
    words.add(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw)
  }
  return words
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0
  let normA = 0
  let normB = 0
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    dot += x * y
    normA += x * x
    normB += y * y
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB)
}

/**
 * The agent of the workspace that best fits a message (`read`), so a client can start the
 * conversation with it (`POST /v1/conversations { agentId }`).
 *
 * 1. Embed the message (as a query) and each agent's `name + description` (as documents).
 * 2. Score each agent: 0.6 x the cosine similarity (floored at 0) + 0.4 x the share of the
 *    message's content words found in the agent's name and description.
 * 3. Best first; equal scores by name, then id, so the same message always routes the same way.
 * A workspace without agents answers `agent: null`, not an error.
 * @example const { agent, score } = await routeToAgent(deps, acting, { message: 'My invoice is wrong' })
 */
export async function routeToAgent(
  ports: AgentRoutingPorts,
  acting: Pick<Acting, 'access'>,
  input: { message: string },
): Promise<AgentRouting> {
  assertPermission(acting.access, 'read')
  const message = input.message.trim()
  if (message.length === 0 || input.message.length > routingMessageLimit)
    throw new DomainError('request.invalid', 'The message is empty or too long.', {
      errors: [{ path: 'message', message: `Write 1-${routingMessageLimit} characters.` }],
    })
  const agents = await ports.agents.listAll(acting.access.workspaceId)
  if (agents.length === 0) return { agent: null, score: 0, alternatives: [] }
  const profiles = agents.map((agent) => `${agent.name}\n${agent.description}`)
  const { embedder } = ports.knowledge
  const [[query = []], vectors] = await Promise.all([
    embedder.embed([message.slice(0, comparedLength)], undefined, { purpose: 'query' }),
    embedder.embed(profiles, undefined, { purpose: 'document' }),
  ])
  const asked = wordsOf(message)
  const ranked = agents
    .map((agent, i): AgentMatch => {
      const meaning = Math.max(0, cosine(query, vectors[i] ?? []))
      const offered = wordsOf(profiles[i] ?? '')
      const shared = [...asked].filter((word) => offered.has(word)).length
      const words = asked.size === 0 ? 0 : shared / asked.size
      const score = weights.meaning * meaning + weights.words * words
      return { agent, score: Math.round(Math.min(1, score) * 10_000) / 10_000 }
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.agent.name.localeCompare(b.agent.name) ||
        a.agent.id.localeCompare(b.agent.id),
    )
  const [best, ...rest] = ranked
  if (!best) return { agent: null, score: 0, alternatives: [] }
  return { agent: best.agent, score: best.score, alternatives: rest.slice(0, 3) }
}
