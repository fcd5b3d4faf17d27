import { canonicalLanguage, type Preferences, preferenceLimits } from '@chatter/core'
import { z } from '@hono/zod-openapi'

/**
 * Request and response schemas of `/v1/me/preferences`. The body is checked here with the use
 * case's own bounds (422 at `json.<field>`), and again by the use case.
 */

const nullClears = (description: string) => ({ description: `${description}; null clears it` })

export const PreferencesPatchBody = z
  .object({
    defaultProfileId: z
      .string()
      .min(1)
      .max(preferenceLimits.profileIdLength)
      .nullable()
      .optional()
      .openapi(
        nullClears(
          'A profile to start new conversations with, where the workspace has it (ignored elsewhere)',
        ),
      ),
    language: z
      .string()
      .refine((tag) => canonicalLanguage(tag.trim()) !== undefined, {
        message: 'Give a BCP 47 language tag such as "en" or "fr-CA".',
      })
      .nullable()
      .optional()
      .openapi({ ...nullClears('BCP 47 tag; answers are asked for in it'), example: 'fr-CA' }),
    streaming: z
      .boolean()
      .nullable()
      .optional()
      .openapi({ description: 'For clients: stream answers by default (null: back to true)' }),
    memoryWindow: z
      .number()
      .int()
      .min(preferenceLimits.memoryWindowMin)
      .max(preferenceLimits.memoryWindowMax)
      .nullable()
      .optional()
      .openapi(nullClears('At most this many earlier messages go to the model (1-200)')),
    toolsEnabled: z
      .boolean()
      .nullable()
      .optional()
      .openapi({ description: 'False: no tools in your answers (null: back to true)' }),
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .optional()
      .openapi({ description: 'The version you read: 409 if they changed since' }),
  })
  .strict()
  .openapi('PreferencesPatch')

export const PreferencesView = z
  .object({
    defaultProfileId: z.string().nullable(),
    language: z.string().nullable(),
    streaming: z.boolean().openapi({
      description:
        'A hint for clients: the message routes still stream only for Accept: text/event-stream',
    }),
    memoryWindow: z.number().int().nullable().openapi({ description: 'null: the chat’s budget' }),
    toolsEnabled: z.boolean(),
    version: z.number().int().openapi({ description: '0: never saved (the defaults)' }),
    updatedAt: z.string().nullable(),
  })
  .openapi('Preferences')

export const PreferenceVersionView = PreferencesView.extend({
  updatedAt: z.string(),
  updatedBy: z.string().openapi({ description: 'A user id, or apiKey:<id>' }),
}).openapi('PreferenceVersion')

/** The preferences as the API shows them, every field present (null when unset). */
export const preferencesView = (preferences: Preferences) => ({
  defaultProfileId: preferences.defaultProfileId ?? null,
  language: preferences.language ?? null,
  streaming: preferences.streaming,
  memoryWindow: preferences.memoryWindow ?? null,
  toolsEnabled: preferences.toolsEnabled,
  version: preferences.version,
  updatedAt: preferences.updatedAt ?? null,
})

export const preferenceVersionView = (
  version: Preferences & { updatedAt: string; updatedBy: string },
) => ({ ...preferencesView(version), updatedAt: version.updatedAt, updatedBy: version.updatedBy })
