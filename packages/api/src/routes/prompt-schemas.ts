import {
  type Prompt,
  type PromptContent,
  type PromptVersion,
  promptLimits,
  promptVariableTypes,
  tagLimits,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'

/**
 * Request and response schemas of `/v1/prompts`. They check types and raw bounds only; the use
 * cases check the prompt as a whole (every placeholder declared and every variable used, names,
 * defaults against types, tags) and name each problem by path.
 */

const Scalar = z.union([z.string(), z.number(), z.boolean()])

const Variable = z
  .object({
    name: z.string().max(256).openapi({ example: 'topic' }),
    type: z.enum(promptVariableTypes).optional().openapi({ description: 'Default "string"' }),
    default: Scalar.optional().openapi({ description: 'Of the variable’s type' }),
    required: z
      .boolean()
      .optional()
      .openapi({ description: 'Default: true without a default, false with one' }),
    description: z
      .string()
      .max(promptLimits.variableDescriptionLength * 4)
      .optional(),
  })
  .openapi('PromptVariable')

// Raw bounds (a few times the real ones) stop huge strings before the per-character checks.
const content = {
  name: z
    .string()
    .max(promptLimits.nameLength * 4)
    .openapi({ example: 'Summary' }),
  template: z
    .string()
    .max(promptLimits.templateLength * 2)
    .openapi({
      description: `1-${promptLimits.templateLength} characters; {{ name }} placeholders, \\{{ for a literal "{{"`,
      example: 'Summarise {{text}} in {{ words }} words.',
    }),
  variables: z
    .array(Variable)
    .max(promptLimits.variables * 2)
    .openapi({ description: 'Every placeholder declared, every declared variable used' }),
  description: z.string().max(promptLimits.descriptionLength * 4),
  category: z
    .string()
    .max(promptLimits.categoryLength * 4)
    .openapi({ description: `1-${promptLimits.categoryLength} characters`, example: 'Writing' }),
  tags: z
    .array(z.string().max(tagLimits.length * 4))
    .max(tagLimits.perDocument * 5)
    .openapi({ description: 'As document tags: trimmed, lower-cased, deduplicated' }),
}

const ExpectedVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .openapi({ description: 'The version you read: 409 if the prompt has moved on since' })

export const NewPromptBody = z
  .object({
    ...content,
    variables: content.variables.optional(),
    description: content.description.optional(),
    category: content.category.optional(),
    tags: content.tags.optional(),
  })
  .openapi('NewPrompt')

export const PromptPatchBody = z
  .object({
    name: content.name.optional(),
    template: content.template.optional(),
    variables: content.variables.optional().openapi({ description: 'Replaces them all' }),
    description: content.description.nullable().optional().openapi({ description: 'null clears' }),
    category: content.category.nullable().optional().openapi({ description: 'null clears' }),
    tags: content.tags.optional().openapi({ description: 'Replaces them all' }),
    expectedVersion: ExpectedVersion,
  })
  .refine(
    ({ expectedVersion: _, ...patch }) => Object.values(patch).some((v) => v !== undefined),
    'Give at least one field to change; every change saves a new version.',
  )
  .openapi('PromptPatch')

export const PromptListQuery = z.object({
  category: z
    .string()
    .min(1)
    .max(promptLimits.categoryLength * 4)
    .optional(),
  tag: z
    .string()
    .min(1)
    .max(tagLimits.length * 4)
    .optional(),
})

export const VersionParam = z.coerce
  .number()
  .int()
  .min(1)
  .openapi({ param: { name: 'version', in: 'path' }, example: 2 })

export const RollbackBody = z
  .object({
    version: z.number().int().min(1).openapi({ description: 'The version to bring back' }),
    expectedVersion: ExpectedVersion,
  })
  .openapi('PromptRollback')

export const CloneBody = z
  .object({
    name: content.name.optional().openapi({ description: 'Default "<name> (copy)"' }),
  })
  .openapi('PromptClone')

export const RenderBody = z
  .object({
    variables: z
      .record(z.string().max(256), Scalar.nullable())
      .optional()
      .openapi({
        description: 'By name; null or absent takes the default',
        example: { text: 'x' },
      }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'An older version to render; default the current one' }),
  })
  .openapi('PromptRender')

const VariableView = z.object({
  name: z.string(),
  type: z.enum(promptVariableTypes),
  default: Scalar.optional(),
  required: z.boolean(),
  description: z.string().optional(),
})

const contentView = {
  name: z.string(),
  template: z.string(),
  variables: z.array(VariableView),
  description: z.string().optional(),
  category: z.string().optional(),
  tags: z.array(z.string()),
}

export const PromptView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    ...contentView,
    version: z.number().int().openapi({ description: 'The current version' }),
    uses: z.number().int().openapi({ description: 'Renders so far, system prompts included' }),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Prompt')

export const PromptVersionView = z
  .object({
    promptId: z.string(),
    workspaceId: z.string(),
    version: z.number().int(),
    ...contentView,
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('PromptVersion')

export const PromptDeletedView = z
  .object({ deleted: z.object({ promptId: z.string(), versions: z.number().int() }) })
  .openapi('PromptDeleted')

export const RenderedView = z
  .object({ text: z.string(), promptId: z.string(), version: z.number().int() })
  .openapi('RenderedPrompt')

// Views name their fields one by one, so nothing stored leaks by accident.
const contentFields = (content: PromptContent) => ({
  name: content.name,
  template: content.template,
  variables: content.variables.map((variable) => ({
    name: variable.name,
    type: variable.type,
    ...(variable.default === undefined ? {} : { default: variable.default }),
    required: variable.required,
    ...(variable.description === undefined ? {} : { description: variable.description }),
  })),
  ...(content.description === undefined ? {} : { description: content.description }),
  ...(content.category === undefined ? {} : { category: content.category }),
  tags: [...content.tags],
})

export const promptView = (prompt: Prompt): z.infer<typeof PromptView> => ({
  id: prompt.id,
  workspaceId: prompt.workspaceId,
  ...contentFields(prompt),
  version: prompt.version,
  uses: prompt.uses,
  createdBy: prompt.createdBy,
  createdAt: prompt.createdAt,
  updatedAt: prompt.updatedAt,
})

export const promptVersionView = (version: PromptVersion): z.infer<typeof PromptVersionView> => ({
  promptId: version.promptId,
  workspaceId: version.workspaceId,
  version: version.version,
  ...contentFields(version),
  createdBy: version.createdBy,
  createdAt: version.createdAt,
})
