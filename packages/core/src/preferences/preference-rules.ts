import { z } from 'zod'
import type { PreferenceSettings, Preferences } from '../ports/preference-repository'

/** The bounds of a user's preferences, shared by the use cases and the API's schemas. */
export const preferenceLimits = {
  memoryWindowMin: 1,
  memoryWindowMax: 200,
  profileIdLength: 100,
  // RFC 5646 recommends supporting tags of at least 35 characters.
  languageLength: 35,
} as const

/** Preferences nobody saved: stream, offer tools, the chat's own memory, no language. */
export const preferenceDefaults: Pick<PreferenceSettings, 'streaming' | 'toolsEnabled'> = {
  streaming: true,
  toolsEnabled: true,
}

/**
 * The canonical form of a BCP 47 language tag (`fr-ca` -> `fr-CA`), or undefined when it is
 * not one.
 */
export function canonicalLanguage(tag: string): string | undefined {
  if (tag.length === 0 || tag.length > preferenceLimits.languageLength) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

const languageTag = z.string().transform((tag, context) => {
  const canonical = canonicalLanguage(tag.trim())
  if (canonical) return canonical
  context.addIssue({
    code: 'custom',
    message: 'Give a BCP 47 language tag such as "en" or "fr-CA".',
  })
  return z.NEVER
})

/**
 * A change of preferences: given fields replace the current ones, `null` clears one (back to
 * its default), absent ones stay; unknown fields are refused.
 */
export const preferencesPatchSchema = z
  .object({
    defaultProfileId: z
      .string()
      .trim()
      .min(1, 'Give a profile id, or null for none.')
      .max(preferenceLimits.profileIdLength)
      .nullable()
      .optional(),
    language: languageTag.nullable().optional(),
    streaming: z.boolean().nullable().optional(),
    memoryWindow: z
      .number()
      .int('Give a whole number of messages.')
      .min(preferenceLimits.memoryWindowMin, 'Send at least 1 earlier message.')
      .max(preferenceLimits.memoryWindowMax, 'Send at most 200 earlier messages.')
      .nullable()
      .optional(),
    toolsEnabled: z.boolean().nullable().optional(),
  })
  .strict()

export type PreferencesPatch = z.input<typeof preferencesPatchSchema>

/** A user's preferences as they apply when never saved. */
export const unsavedPreferences = (userId: string): Preferences => ({
  userId,
  ...preferenceDefaults,
  version: 0,
})

/** The settings alone, without identity and version. */
export const settingsOf = (preferences: PreferenceSettings): PreferenceSettings => ({
  ...(preferences.defaultProfileId === undefined
    ? {}
    : { defaultProfileId: preferences.defaultProfileId }),
  ...(preferences.language === undefined ? {} : { language: preferences.language }),
  streaming: preferences.streaming,
  ...(preferences.memoryWindow === undefined ? {} : { memoryWindow: preferences.memoryWindow }),
  toolsEnabled: preferences.toolsEnabled,
})

/** The settings with `patch` applied (already parsed by `preferencesPatchSchema`). */
export function mergedSettings(
  current: PreferenceSettings,
  patch: z.output<typeof preferencesPatchSchema>,
): PreferenceSettings {
  const merged: PreferenceSettings = settingsOf(current)
  const optional = ['defaultProfileId', 'language', 'memoryWindow'] as const
  for (const key of optional) {
    const value = patch[key]
    if (value === null) delete merged[key]
    else if (value !== undefined) Object.assign(merged, { [key]: value })
  }
  for (const key of ['streaming', 'toolsEnabled'] as const) {
    const value = patch[key]
    if (value !== undefined) merged[key] = value ?? preferenceDefaults[key]
  }
  return merged
}
