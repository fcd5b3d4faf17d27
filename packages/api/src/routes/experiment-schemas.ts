import {
  type Experiment,
  type ExperimentResults,
  experimentLimits,
  experimentStatuses,
  modelProviders,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'

/**
 * Request and response schemas of `/v1/experiments`. Shapes are checked here; the use cases
 * check the rest (variant count and keys, weights, ranges, references) and answer every problem
 * at once at `json.<path>`.
 */

const Overrides = z
  .object({
    promptId: z.string().max(100).optional().openapi({
      description: 'A prompt template, rendered with its defaults as the system prompt',
    }),
    systemPrompt: z
      .string()
      .max(experimentLimits.systemPromptLength * 4)
      .optional(),
    provider: z.enum(modelProviders).optional().openapi({ description: 'Needs `modelId` too' }),
    modelId: z.string().max(400).optional(),
    temperature: z.number().optional(),
    topP: z.number().optional(),
    maxTokens: z.number().int().optional(),
  })
  .strict()

const Variant = z
  .object({
    key: z.string().max(100).openapi({ example: 'fast' }),
    weight: z.number().int().openapi({
      description: 'A positive whole number: its share is weight / sum of weights',
      example: 1,
    }),
    overrides: Overrides.default({}),
  })
  .openapi('ExperimentVariant')

const Target = z
  .object({ profileId: z.string().max(100).optional(), agentId: z.string().max(100).optional() })
  .strict()
  .openapi({
    description:
      'Which answers it applies to: conversations with this profile and/or agent; neither: every answer in the workspace',
  })

const Metric = z.string().max(100).openapi({
  description: "The primary metric: 'feedback', 'latency', 'tokens', 'cost' or a custom event name",
  example: 'feedback',
})

const Variants = z
  .array(Variant)
  .max(experimentLimits.maxVariants * 2)
  .openapi({
    description: `${experimentLimits.minVariants}-${experimentLimits.maxVariants} variants; the first is the control`,
  })

export const NewExperimentBody = z
  .object({
    name: z.string().max(experimentLimits.nameLength * 4),
    description: z
      .string()
      .max(experimentLimits.descriptionLength * 4)
      .optional(),
    target: Target.optional(),
    variants: Variants,
    metric: Metric,
  })
  .openapi('NewExperiment', {
    example: {
      name: 'Shorter answers',
      metric: 'feedback',
      variants: [
        { key: 'control', weight: 1 },
        { key: 'concise', weight: 1, overrides: { temperature: 0.2, maxTokens: 300 } },
      ],
    },
  })

export const ExperimentPatchBody = z
  .object({
    name: z
      .string()
      .max(experimentLimits.nameLength * 4)
      .optional(),
    description: z
      .string()
      .max(experimentLimits.descriptionLength * 4)
      .nullable()
      .optional()
      .openapi({ description: 'null clears' }),
    target: Target.optional(),
    variants: Variants.optional(),
    metric: Metric.optional(),
    expectedVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version you read: 409 if it has moved on since' }),
  })
  .refine(
    ({ expectedVersion: _, ...patch }) => Object.values(patch).some((v) => v !== undefined),
    'Give at least one field to change.',
  )
  .openapi('ExperimentPatch')

export const ExperimentEventBody = z
  .object({
    name: z.string().max(100).openapi({ example: 'signup' }),
    value: z
      .number()
      .optional()
      .openapi({ description: 'An amount or a score, averaged per variant' }),
  })
  .openapi('ExperimentEvent')

export const ExperimentView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    description: z.string().optional(),
    target: z.object({ profileId: z.string().optional(), agentId: z.string().optional() }),
    variants: z.array(
      z.object({
        key: z.string(),
        weight: z.number().int(),
        overrides: z.record(z.string(), z.unknown()),
      }),
    ),
    metric: z.string(),
    status: z.enum(experimentStatuses),
    startedAt: z.string().optional(),
    endedAt: z.string().optional(),
    version: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Experiment')

export const ExperimentDeletedView = z
  .object({ deleted: z.object({ experimentId: z.string() }) })
  .openapi('ExperimentDeleted')

export const AssignmentView = z
  .object({
    experimentId: z.string(),
    variant: z
      .string()
      .nullable()
      .openapi({ description: 'null: a completed experiment never assigned you' }),
    control: z.boolean(),
  })
  .openapi('ExperimentAssignment')

export const RecordedEventView = z
  .object({
    experimentId: z.string(),
    variant: z.string(),
    name: z.string(),
    value: z.number().optional(),
  })
  .openapi('ExperimentEventRecorded')

const Interval = z.object({ low: z.number(), high: z.number() }).nullable()
const Comparison = z.object({ pValue: z.number(), significant: z.boolean() }).nullable()
const Measure = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  ci95: Interval,
  vsControl: Comparison,
})

export const ResultsView = z
  .object({
    experimentId: z.string(),
    status: z.enum(experimentStatuses),
    metric: z.string(),
    significanceLevel: z.number(),
    variants: z.array(
      z.object({
        key: z.string(),
        control: z.boolean(),
        users: z.number().int(),
        n: z.number().int().openapi({ description: 'Answers given under the variant' }),
        latencyMs: Measure,
        tokens: Measure,
        costUsd: Measure,
        feedback: z.object({
          up: z.number().int(),
          down: z.number().int(),
          n: z.number().int(),
          positiveRate: z.number().nullable(),
          ci95: Interval,
          vsControl: Comparison,
        }),
        events: z.record(
          z.string(),
          z.object({
            count: z.number().int(),
            perUser: z.number().nullable(),
            vsControl: Comparison,
            value: Measure.nullable(),
          }),
        ),
      }),
    ),
    primary: z.object({ metric: z.string(), significantVariants: z.array(z.string()) }),
  })
  .openapi('ExperimentResults')

// Views name their fields one by one, so nothing stored leaks by accident.
export const experimentView = (e: Experiment): z.infer<typeof ExperimentView> => ({
  id: e.id,
  workspaceId: e.workspaceId,
  name: e.name,
  ...(e.description === undefined ? {} : { description: e.description }),
  target: {
    ...(e.target.profileId ? { profileId: e.target.profileId } : {}),
    ...(e.target.agentId ? { agentId: e.target.agentId } : {}),
  },
  variants: e.variants.map((v) => ({
    key: v.key,
    weight: v.weight,
    overrides: { ...v.overrides },
  })),
  metric: e.metric,
  status: e.status,
  ...(e.startedAt === undefined ? {} : { startedAt: e.startedAt }),
  ...(e.endedAt === undefined ? {} : { endedAt: e.endedAt }),
  version: e.version,
  createdBy: e.createdBy,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
})

export const resultsView = (r: ExperimentResults): z.infer<typeof ResultsView> => structuredClone(r)
