// A profile as its form edits it (strings, so nothing typed is lost to parsing), and the bodies
// the API takes for creating and changing one.
import type { Schemas } from '@chatter/sdk'

type Profile = Schemas['Profile']
type Prompt = Schemas['Prompt']
export type Provider = Profile['provider']
type VariableValue = string | number | boolean

export const providers: { value: Provider; label: string }[] = [
  { value: 'local', label: 'Local (offline)' },
  { value: 'bedrock', label: 'Amazon Bedrock' },
  { value: 'openai', label: 'OpenAI' },
]

export const providerLabel = (provider: Provider) =>
  providers.find((p) => p.value === provider)?.label ?? provider

// GET /v1/models lists the workspace's profiles and agents, not what providers offer, so the
// suggestions are the well-known ids; any other id can still be typed.
const knownModels: Record<Provider, string[]> = {
  local: ['local'],
  bedrock: [
    'anthropic.claude-3-5-sonnet-20240620-v1:0',
    'anthropic.claude-3-5-haiku-20241022-v1:0',
    'anthropic.claude-3-haiku-20240307-v1:0',
    'amazon.nova-pro-v1:0',
    'amazon.nova-lite-v1:0',
    'meta.llama3-1-70b-instruct-v1:0',
  ],
  openai: ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-mini'],
}

/** Model ids to suggest for a provider: the known ones, then those other profiles use. */
export function suggestedModels(provider: Provider, profiles: Profile[]): string[] {
  const used = profiles.filter((p) => p.provider === provider).map((p) => p.modelId)
  return [...new Set([...knownModels[provider], ...used])]
}

/** Whether the model id is one the form filled in for a provider (so a switch may replace it). */
export const isSuggestion = (provider: Provider, modelId: string) =>
  modelId === '' || knownModels[provider].includes(modelId)

export const firstModel = (provider: Provider) => knownModels[provider][0] ?? ''

export interface ProfileDraft {
  name: string
  provider: Provider
  modelId: string
  temperature: string
  topP: string
  maxTokens: string
  /** '' means the system prompt below is used. */
  promptId: string
  systemPrompt: string
  promptValues: Record<string, string>
  retrieval: boolean
  topK: string
  minScore: string
  fallbacks: string
}

export function draftOf(profile?: Profile): ProfileDraft {
  return {
    name: profile?.name ?? '',
    provider: profile?.provider ?? 'local',
    modelId: profile?.modelId ?? 'local',
    temperature: String(profile?.temperature ?? 0.7),
    topP: String(profile?.topP ?? 0.9),
    maxTokens: String(profile?.maxTokens ?? 1024),
    promptId: profile?.systemPromptId ?? '',
    systemPrompt: profile?.systemPrompt ?? '',
    promptValues: Object.fromEntries(
      Object.entries(profile?.systemPromptVariables ?? {}).map(([k, v]) => [k, String(v)]),
    ),
    retrieval: profile?.retrieval.enabled ?? false,
    topK: String(profile?.retrieval.topK ?? 5),
    minScore: profile?.retrieval.minScore === undefined ? '' : String(profile.retrieval.minScore),
    fallbacks: profile?.fallbackModelIds.join(', ') ?? '',
  }
}

// An empty or unreadable number goes to the API as NaN -> null in JSON, so its own problem
// ("Give maxTokens as a whole number…") reaches the person instead of a silent default.
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))

/** The template's values, typed as its variables declare; blanks left to the template's defaults. */
function variablesOf(draft: ProfileDraft, template?: Prompt): Record<string, VariableValue> {
  if (!template) return {}
  const values: Record<string, VariableValue> = {}
  for (const variable of template.variables) {
    const text = draft.promptValues[variable.name]?.trim() ?? ''
    if (!text) continue
    if (variable.type === 'number') values[variable.name] = Number(text)
    else if (variable.type === 'boolean') values[variable.name] = text === 'true'
    else values[variable.name] = text
  }
  return values
}

// With retrieval off a blank passage count is no mistake: leave it as it was.
const topKOf = (draft: ProfileDraft) =>
  !draft.retrieval && draft.topK.trim() === '' ? {} : { topK: numberOf(draft.topK) }

function commonOf(draft: ProfileDraft) {
  return {
    name: draft.name.trim(),
    provider: draft.provider,
    modelId: draft.modelId.trim(),
    temperature: numberOf(draft.temperature),
    topP: numberOf(draft.topP),
    maxTokens: numberOf(draft.maxTokens),
    fallbackModelIds: draft.fallbacks
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  }
}

export function newProfileBody(draft: ProfileDraft, template?: Prompt): Schemas['NewProfile'] {
  return {
    ...commonOf(draft),
    ...(template
      ? { systemPromptId: template.id, systemPromptVariables: variablesOf(draft, template) }
      : { systemPrompt: draft.systemPrompt }),
    retrieval: {
      enabled: draft.retrieval,
      ...topKOf(draft),
      ...(draft.minScore.trim() ? { minScore: numberOf(draft.minScore) } : {}),
    },
  }
}

export function profilePatchBody(draft: ProfileDraft, template?: Prompt): Schemas['ProfilePatch'] {
  return {
    ...commonOf(draft),
    ...(template
      ? { systemPromptId: template.id, systemPromptVariables: variablesOf(draft, template) }
      : { systemPrompt: draft.systemPrompt, systemPromptId: null }),
    retrieval: {
      enabled: draft.retrieval,
      ...topKOf(draft),
      minScore: draft.minScore.trim() ? numberOf(draft.minScore) : null,
    },
  }
}
