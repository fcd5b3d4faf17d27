import type { Principal } from '../access/principal'
import { DomainError, type FieldError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type {
  PreferenceRepository,
  Preferences,
  PreferenceVersion,
} from '../ports/preference-repository'
import {
  mergedSettings,
  type PreferencesPatch,
  preferencesPatchSchema,
  unsavedPreferences,
} from './preference-rules'

/** Who is asking: the preferences are always the user's (for an API key, its creator's). */
export interface PreferenceActing {
  principal: Principal
  now: Date
}

/** The caller's preferences, the defaults at version 0 when they never saved any. */
export async function getPreferences(
  ports: { preferences: Pick<PreferenceRepository, 'get'> },
  acting: Pick<PreferenceActing, 'principal'>,
): Promise<Preferences> {
  const { userId } = acting.principal
  return (await ports.preferences.get(userId)) ?? unsavedPreferences(userId)
}

/**
 * Changes the caller's preferences: a person, or an API key with the `write` or `admin` scope
 * acting for its creator (a read-only key is refused, 403). Every change saves a new version;
 * the last 20 stay readable (`listPreferenceVersions`).
 *
 * 1. Check the patch (422 naming each field: `memoryWindow` 1-200, `language` a BCP 47 tag).
 * 2. Read the current preferences; with `expectedVersion` (the version the caller read), a
 *    stale one is a 409 rather than overwriting a change made meanwhile.
 * 3. Merge (given fields replace, `null` clears back to the default) and save as version n+1,
 *    conditional on version n: a concurrent save makes this one a 409 too.
 *
 * A `defaultProfileId` is stored as given: it names a profile of whichever workspace a new
 * conversation starts in, and is ignored where there is no such profile.
 * @example await updatePreferences(deps, acting, { patch: { language: 'fr-CA', memoryWindow: null }, expectedVersion: 3 })
 */
export async function updatePreferences(
  ports: { preferences: Pick<PreferenceRepository, 'get' | 'put'> },
  acting: PreferenceActing,
  input: { patch: PreferencesPatch; expectedVersion?: number },
): Promise<Preferences> {
  assertMayChange(acting.principal)
  const patch = parsedPatch(input.patch)
  const current = await getPreferences(ports, acting)
  if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
    throw new DomainError(
      'resource.conflict',
      `Your preferences are at version ${current.version}, not ${input.expectedVersion}: they changed meanwhile. Read them again and retry.`,
      { currentVersion: current.version },
    )
  const { principal } = acting
  return ports.preferences.put(
    {
      ...mergedSettings(current, patch),
      userId: principal.userId,
      version: current.version + 1,
      updatedAt: acting.now.toISOString(),
      updatedBy: principal.type === 'user' ? principal.userId : `apiKey:${principal.apiKeyId}`,
    },
    current.version,
  )
}

/** The caller's saved versions of their preferences, newest first (the last 20 at most). */
export function listPreferenceVersions(
  ports: { preferences: Pick<PreferenceRepository, 'listVersions'> },
  acting: Pick<PreferenceActing, 'principal'>,
  page: PageRequest,
): Promise<Page<PreferenceVersion>> {
  return ports.preferences.listVersions(acting.principal.userId, page)
}

function assertMayChange(principal: Principal) {
  if (principal.type === 'user') return
  if (principal.scopes.some((scope) => scope === 'write' || scope === 'admin')) return
  throw new DomainError(
    'auth.forbidden',
    'Changing preferences needs a person signed in, or an API key with the "write" scope.',
    { permission: 'write' },
  )
}

function parsedPatch(patch: PreferencesPatch) {
  const result = preferencesPatchSchema.safeParse(patch)
  if (result.success) return result.data
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : unknownFieldPath(issue),
    message: issue.message,
  }))
  const [first] = errors
  throw new DomainError(
    'request.invalid',
    errors.length === 1 && first ? first.message : 'The preferences are invalid.',
    { errors },
  )
}

// zod reports unknown keys on the object itself; name the first one instead.
const unknownFieldPath = (issue: { code: string; keys?: readonly string[] }) =>
  issue.code === 'unrecognized_keys' && issue.keys?.[0] ? issue.keys[0] : ''
