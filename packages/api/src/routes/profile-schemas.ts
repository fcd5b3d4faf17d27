import {
  modelIdProblem,
  type Profile,
  profileDefaults,
  profileLimits,
  profileProviders,
  systemPromptProblem,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'
import { DisplayName } from './access-schemas'

/**
 * Request and response schemas of `/v1/profiles`. They check types and bounds (with the core's
 * own rules, so both agree); the use cases check the whole profile again, including what spans
 * fields (a fallback may not be the profile's model).
 */

const fromProblem =
  (problem: (value: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
    const message = problem(value)
    if (message) ctx.addIssue({ code: 'custom', message })
  }

const ModelId = z
  .string()
  .max(profileLimits.modelIdLength)
  .superRefine(fromProblem(modelIdProblem))
  .openapi({ example: 'anthropic.claude-3-5-sonnet-20240620-v1:0' })

const Unit = z.number().min(0).max(1)

const settings = {
  name: DisplayName.openapi({ example: 'Claude, careful' }),
  provider: z.enum(profileProviders),
  modelId: ModelId,
  temperature: Unit.openapi({ description: `0-1, default ${profileDefaults.temperature}` }),
  topP: Unit.openapi({ description: `0-1, default ${profileDefaults.topP}` }),
  maxTokens: z
    .number()
    .int()
    .min(1)
    .max(profileLimits.maxTokens)
    .openapi({ description: `Default ${profileDefaults.maxTokens}` }),
  // The raw bound stops a huge string before the per-character checks run on it.
  systemPrompt: z
    .string()
    .max(profileLimits.systemPromptLength * 2)
    .superRefine(fromProblem(systemPromptProblem))
    .openapi({ description: `At most ${profileLimits.systemPromptLength} characters` }),
  fallbackModelIds: z
    .array(ModelId)
    .max(profileLimits.fallbacks)
    .refine((ids) => new Set(ids).size === ids.length, 'Each fallback model may appear only once.')
    .openapi({ description: 'Tried in order when the model fails; not the model itself' }),
  systemPromptId: z.string().min(1).max(100).openapi({
    description:
      'A prompt template of the workspace, rendered as the system prompt at answer time instead of `systemPrompt`',
    example: 'prm_3k9x',
  }),
  systemPromptVariables: z
    .record(
      z.string().max(64),
      z.union([z.string().max(profileLimits.systemPromptLength), z.number(), z.boolean()]),
    )
    .openapi({ description: 'Values of the template’s variables, over its defaults' }),
}

const retrieval = {
  enabled: z.boolean(),
  topK: z.number().int().min(1).max(profileLimits.topK),
  minScore: Unit,
}

export const NewProfileBody = z
  .object({
    ...settings,
    temperature: settings.temperature.optional(),
    topP: settings.topP.optional(),
    maxTokens: settings.maxTokens.optional(),
    systemPrompt: settings.systemPrompt.optional(),
    fallbackModelIds: settings.fallbackModelIds.optional(),
    systemPromptId: settings.systemPromptId.optional(),
    systemPromptVariables: settings.systemPromptVariables.optional(),
    retrieval: z
      .object(retrieval)
      .partial()
      .optional()
      .openapi({
        description: `Default ${JSON.stringify(profileDefaults.retrieval)}`,
      }),
  })
  .openapi('NewProfile')

export const ProfilePatchBody = z
  .object({
    ...settings,
    systemPromptId: settings.systemPromptId
      .nullable()
      .openapi({ description: 'null clears it, with its variables' }),
    systemPromptVariables: settings.systemPromptVariables
      .nullable()
      .openapi({ description: 'Replaces the whole set; null clears it' }),
    retrieval: z
      .object({
        ...retrieval,
        minScore: Unit.nullable().openapi({ description: 'null clears it' }),
      })
      .partial(),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, {
    message:
      'Give at least one setting to change. To make a profile the default, POST /v1/profiles/{id}/default.',
  })
  .openapi('ProfilePatch')

export const ProfileView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    provider: z.enum(profileProviders),
    modelId: z.string(),
    temperature: z.number(),
    topP: z.number(),
    maxTokens: z.number().int(),
    systemPrompt: z.string(),
    retrieval: z.object({ ...retrieval, minScore: Unit.optional() }),
    fallbackModelIds: z.array(z.string()),
    systemPromptId: z.string().optional(),
    systemPromptVariables: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .optional(),
    isDefault: z.boolean().openapi({ description: 'Exactly one profile of a workspace is' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Profile')

/** A profile's public shape, its fields named one by one so nothing stored leaks by accident. */
export const profileView = (profile: Profile): z.infer<typeof ProfileView> => ({
  id: profile.id,
  workspaceId: profile.workspaceId,
  name: profile.name,
  provider: profile.provider,
  modelId: profile.modelId,
  temperature: profile.temperature,
  topP: profile.topP,
  maxTokens: profile.maxTokens,
  systemPrompt: profile.systemPrompt,
  retrieval: { ...profile.retrieval },
  fallbackModelIds: [...profile.fallbackModelIds],
  ...(profile.systemPromptId === undefined ? {} : { systemPromptId: profile.systemPromptId }),
  ...(profile.systemPromptVariables === undefined
    ? {}
    : { systemPromptVariables: { ...profile.systemPromptVariables } }),
  isDefault: profile.isDefault,
  createdAt: profile.createdAt,
  updatedAt: profile.updatedAt,
})
