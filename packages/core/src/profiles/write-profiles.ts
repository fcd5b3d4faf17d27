import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError, isDomainError } from '../errors'
import { newId } from '../ids/ids'
import type {
  Profile,
  ProfileRepository,
  ProfileSettings,
  RetrievalSettings,
} from '../ports/profile-repository'
import type { PromptRepository } from '../ports/prompt-repository'
import { renderTemplate } from '../prompts/render'
import { checkedProfileSettings, profileDefaults, type SystemPromptTemplate } from './profile-rules'
import { profileNotFound } from './read-profiles'

export interface ProfileWritePorts {
  profiles: Pick<ProfileRepository, 'create' | 'get' | 'update' | 'delete' | 'setDefault'>
  /** To check a `systemPromptId` names a prompt of the workspace. */
  prompts: Pick<PromptRepository, 'get'>
}

/** A new profile: the model is required, every other setting has a default. */
export type NewProfileInput = Pick<ProfileSettings, 'name' | 'provider' | 'modelId'> &
  Partial<Omit<ProfileSettings, 'retrieval'>> & { retrieval?: Partial<RetrievalSettings> }

/**
 * Given fields only; `retrieval` merges into the current one (`minScore: null` clears), and
 * `systemPromptId: null` / `systemPromptVariables: null` clear those.
 */
export type ProfilePatch = Partial<
  Omit<ProfileSettings, 'retrieval' | 'systemPromptId' | 'systemPromptVariables'>
> & {
  retrieval?: Partial<Omit<RetrievalSettings, 'minScore'>> & { minScore?: number | null }
  systemPromptId?: string | null
  systemPromptVariables?: ProfileSettings['systemPromptVariables'] | null
}

/** The object without its undefined entries, so they never overwrite a value when spread. */
const defined = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(
    Object.entries(value ?? {}).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>

/**
 * Creates a profile in the current workspace (`write`). The workspace's first profile becomes
 * its default: the repository decides that in the same write, so two first profiles made at
 * once still leave exactly one default.
 * @example await createProfile(deps, acting, { name: 'Claude', provider: 'bedrock', modelId })
 */
export async function createProfile(
  ports: ProfileWritePorts,
  acting: Pick<Acting, 'access'>,
  input: NewProfileInput,
): Promise<Profile> {
  assertPermission(acting.access, 'write')
  const { retrieval, ...rest } = defined(input)
  const settings = checkedProfileSettings({
    ...profileDefaults,
    fallbackModelIds: [],
    ...(rest as NewProfileInput),
    retrieval: { ...profileDefaults.retrieval, ...defined(retrieval) },
  })
  await checkSystemPromptTemplate(ports, acting.access.workspaceId, settings)
  return ports.profiles.create({
    ...settings,
    id: newId('prf'),
    workspaceId: acting.access.workspaceId,
  })
}

/**
 * Changes some settings of a profile (`write`).
 *
 * 1. Check `write`, then find the profile in the current workspace (404 otherwise).
 * 2. Merge the patch into it and check the result as a whole (a fallback may not be the new
 *    model), answering every problem at once.
 * 3. Store only the fields that differ; an empty or no-op patch stores nothing.
 */
export async function updateProfile(
  ports: ProfileWritePorts,
  acting: Pick<Acting, 'access'>,
  input: { profileId: string; patch: ProfilePatch },
): Promise<Profile> {
  assertPermission(acting.access, 'write')
  const { workspaceId } = acting.access
  const current = await ports.profiles.get(workspaceId, input.profileId)
  if (!current) throw profileNotFound()
  const { retrieval, systemPromptId, systemPromptVariables, ...rest } = defined(input.patch)
  const { minScore, ...retrievalRest } = { ...current.retrieval, ...defined(retrieval) }
  // `null` clears; clearing the template clears its variables too.
  const promptId = systemPromptId === undefined ? current.systemPromptId : systemPromptId
  const variables =
    systemPromptId === null
      ? null
      : systemPromptVariables === undefined
        ? current.systemPromptVariables
        : systemPromptVariables
  const { systemPromptId: _p, systemPromptVariables: _v, ...base } = settingsOf(current)
  const merged = checkedProfileSettings({
    ...base,
    ...(rest as Partial<ProfileSettings>),
    retrieval: minScore == null ? retrievalRest : { ...retrievalRest, minScore },
    ...(promptId == null ? {} : { systemPromptId: promptId }),
    ...(variables == null ? {} : { systemPromptVariables: variables }),
  })
  const before = settingsOf(current)
  const keys = new Set([...Object.keys(merged), ...Object.keys(before)]) as Set<
    keyof ProfileSettings
  >
  // A key whose value becomes undefined stays in `changes`: the store removes that setting.
  const changes = Object.fromEntries(
    [...keys]
      .filter((key) => JSON.stringify(merged[key]) !== JSON.stringify(before[key]))
      .map((key) => [key, merged[key]]),
  ) as Partial<ProfileSettings>
  if (Object.keys(changes).length === 0) return current
  if ('systemPromptId' in changes || 'systemPromptVariables' in changes)
    await checkSystemPromptTemplate(ports, workspaceId, merged)
  const updated = await ports.profiles.update(workspaceId, current.id, changes)
  if (!updated) throw profileNotFound()
  return updated
}

/**
 * Deletes a profile (`write`). The default profile cannot be deleted while others remain (409:
 * make another the default first); the last profile can, leaving the workspace with none.
 */
export async function deleteProfile(
  ports: ProfileWritePorts,
  acting: Pick<Acting, 'access'>,
  input: { profileId: string },
): Promise<void> {
  assertPermission(acting.access, 'write')
  if (!(await ports.profiles.delete(acting.access.workspaceId, input.profileId)))
    throw profileNotFound()
}

/** Makes a profile the workspace's default (`write`); idempotent. */
export async function setDefaultProfile(
  ports: ProfileWritePorts,
  acting: Pick<Acting, 'access'>,
  input: { profileId: string },
): Promise<Profile> {
  assertPermission(acting.access, 'write')
  const profile = await ports.profiles.setDefault(acting.access.workspaceId, input.profileId)
  if (!profile) throw profileNotFound()
  return profile
}

/**
 * A system prompt template (a profile's or a conversation's) must be a prompt of the workspace
 * (422 at `systemPromptId` otherwise) that renders with the given variables (422 at
 * `systemPromptVariables.<name>` for a missing, mistyped or undeclared one). Without an id,
 * nothing to check.
 */
export async function checkSystemPromptTemplate(
  ports: { prompts: Pick<PromptRepository, 'get'> },
  workspaceId: string,
  template: SystemPromptTemplate,
): Promise<void> {
  if (template.systemPromptId === undefined) return
  const prompt = await ports.prompts.get(workspaceId, template.systemPromptId)
  if (!prompt)
    throw new DomainError('request.invalid', 'No such prompt in this workspace.', {
      errors: [{ path: 'systemPromptId', message: 'No such prompt in this workspace.' }],
    })
  try {
    renderTemplate(prompt.template, prompt.variables, template.systemPromptVariables ?? {})
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'request.invalid') throw error
    const errors = (error.details?.errors ?? []).map((e) => ({
      path: `systemPrompt${e.path.charAt(0).toUpperCase()}${e.path.slice(1)}`,
      message: e.message,
    }))
    throw new DomainError('request.invalid', error.message, { errors })
  }
}

function settingsOf(profile: Profile): ProfileSettings {
  const { id: _i, workspaceId: _w, isDefault: _d, createdAt: _c, updatedAt: _u, ...rest } = profile
  return rest
}
