import { normalizeTag, tagProblem } from '../documents/manage/tag-rules'
import { DomainError, type FieldError } from '../errors'
import type { AgentSettings } from '../ports/agent-repository'
import { profileLimits, systemPromptProblem } from '../profiles/profile-rules'
import { searchLimits } from '../search/search-filter'
import { cleanDisplayName, displayNameProblem } from '../workspaces/display-name'

/** The bounds of an agent's settings, shared by the use cases and the API's schemas. */
export const agentLimits = {
  nameLength: 100,
  descriptionLength: 2000,
  systemPromptLength: profileLimits.systemPromptLength,
  tools: 64,
  promptVariables: 50,
  /** Tags or document ids a knowledge scope may list (a search filter's limit). */
  knowledgeValues: searchLimits.filterValues,
  topK: searchLimits.topK,
} as const

/** An agent's knowledge scope: retrieval on or off, within documents carrying its tags and among its ids. */
export type AgentKnowledge = NonNullable<AgentSettings['knowledge']>

// One answer for "no such agent" and "another workspace's", so ids reveal nothing.
export const agentNotFound = () =>
  new DomainError('resource.notFound', 'No such agent in this workspace.')

const documentIdPattern = /^[\w-]{1,64}$/
// Newlines and tabs belong in a description; other control characters do not.
const descriptionForbidden = /(?![\t\n\r])[\p{Cc}\p{Cs}\u{e0000}-\u{e007f}]/u

/** Why `raw` is not an acceptable description, or undefined when it is. */
export function descriptionProblem(raw: string): string | undefined {
  const text = raw.trim()
  if (text.length === 0) return 'Say what the agent is for: routing matches messages against it.'
  if ([...text].length > agentLimits.descriptionLength)
    return `Keep the description to ${agentLimits.descriptionLength} characters.`
  if (descriptionForbidden.test(text))
    return 'The description contains control characters, lone surrogates or invisible tag characters.'
  return undefined
}

/** The knowledge scope as stored (tags normalised and deduplicated), with its problems. */
function checkedKnowledge(knowledge: AgentKnowledge, errors: FieldError[]): AgentKnowledge {
  const { enabled, tags, documentIds, topK } = knowledge
  const limit = agentLimits.knowledgeValues
  if (tags !== undefined) {
    tags.forEach((tag, i) => {
      const problem = tagProblem(tag)
      if (problem) errors.push({ path: `knowledge.tags.${i}`, message: problem })
    })
    if (tags.length > limit)
      errors.push({ path: 'knowledge.tags', message: `Give at most ${limit} tags.` })
  }
  if (documentIds !== undefined) {
    documentIds.forEach((id, i) => {
      if (!documentIdPattern.test(id))
        errors.push({ path: `knowledge.documentIds.${i}`, message: 'Not a valid document id.' })
    })
    if (documentIds.length > limit)
      errors.push({ path: 'knowledge.documentIds', message: `Give at most ${limit} documents.` })
  }
  if (topK !== undefined && !(Number.isInteger(topK) && topK >= 1 && topK <= agentLimits.topK))
    errors.push({
      path: 'knowledge.topK',
      message: `Give topK as a whole number from 1 to ${agentLimits.topK}.`,
    })
  return {
    enabled,
    ...(tags && tags.length > 0 ? { tags: [...new Set(tags.map(normalizeTag))] } : {}),
    ...(documentIds && documentIds.length > 0 ? { documentIds: [...new Set(documentIds)] } : {}),
    ...(topK === undefined ? {} : { topK }),
  }
}

/**
 * A complete set of settings as stored (name and description trimmed, tools and tags
 * deduplicated), or one 422 listing every problem of the fields it can judge alone. What needs
 * the workspace (the prompt, the profile, the tool names) is checked by `checkReferences`.
 */
export function checkedAgentSettings(settings: AgentSettings): AgentSettings {
  const errors: FieldError[] = []
  const problem = (path: string, message: string | undefined) => {
    if (message) errors.push({ path, message })
  }
  problem('name', displayNameProblem(settings.name))
  problem('description', descriptionProblem(settings.description))
  problem('systemPrompt', systemPromptProblem(settings.systemPrompt))
  if (settings.tools.length > agentLimits.tools)
    problem('tools', `Give an agent at most ${agentLimits.tools} tools.`)
  const variables = Object.keys(settings.promptVariables ?? {})
  if (variables.length > agentLimits.promptVariables)
    problem('promptVariables', `Give at most ${agentLimits.promptVariables} variables.`)
  if (settings.promptVariables && !settings.promptId)
    problem('promptVariables', 'Variables fill a prompt template: give promptId too.')
  const knowledge = settings.knowledge && checkedKnowledge(settings.knowledge, errors)
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'Some agent settings are invalid.',
      { errors },
    )
  return {
    name: cleanDisplayName(settings.name),
    description: settings.description.trim(),
    systemPrompt: settings.systemPrompt,
    ...(settings.promptId ? { promptId: settings.promptId } : {}),
    ...(settings.promptVariables ? { promptVariables: { ...settings.promptVariables } } : {}),
    ...(settings.profileId ? { profileId: settings.profileId } : {}),
    tools: [...new Set(settings.tools)],
    ...(knowledge ? { knowledge } : {}),
  }
}
