import {
  type Workflow,
  type WorkflowTemplate,
  type WorkflowVersion,
  workflowLimits,
  workflowNodeTypes,
} from '@chatter/core'
import { z } from '@hono/zod-openapi'

/**
 * Request and response schemas of `/v1/workflows`. A definition is taken as any JSON object
 * here: the use cases check it in layers (schema, structure, security, references) and answer
 * every problem at once, each at `json.definition.<path>` as `<rule>: <message>`.
 */

const Definition = z.record(z.string(), z.unknown()).openapi({
  description: `Nodes (${workflowNodeTypes.join(', ')}) and edges; at most ${workflowLimits.definitionBytes / 1000} KB of JSON (else 413)`,
  example: {
    name: 'Summarize',
    nodes: [{ id: 'summary', type: 'llm', config: { prompt: 'Summarise {{ $.input.text }}' } }],
    edges: [],
  },
})

// Raw bounds (a few times the real ones) stop huge strings before the per-character checks.
const Name = z
  .string()
  .max(workflowLimits.nameLength * 4)
  .openapi({ description: `1-${workflowLimits.nameLength} characters` })
const Description = z.string().max(workflowLimits.descriptionLength * 4)

export const NewWorkflowBody = z
  .object({
    name: Name.optional().openapi({ description: 'Default: the definition’s name' }),
    description: Description.optional(),
    definition: Definition,
  })
  .openapi('NewWorkflow')

export const WorkflowPatchBody = z
  .object({
    name: Name.optional(),
    description: Description.nullable().optional().openapi({ description: 'null clears' }),
    definition: Definition.optional().openapi({ description: 'Replaces it, checked as at create' }),
    expectedVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version you read: 409 if the workflow has moved on since' }),
  })
  .refine(
    ({ expectedVersion: _, ...patch }) => Object.values(patch).some((v) => v !== undefined),
    'Give at least one field to change; every change saves a new version.',
  )
  .openapi('WorkflowPatch')

export const ValidateBody = z.object({ definition: Definition }).openapi('WorkflowValidation')

export const VersionParam = z.coerce
  .number()
  .int()
  .min(1)
  .openapi({ param: { name: 'version', in: 'path' }, example: 2 })

const DefinitionView = z.record(z.string(), z.unknown())

export const WorkflowView = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    description: z.string().optional(),
    version: z.number().int().openapi({ description: 'The current version' }),
    definition: DefinitionView,
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Workflow')

export const WorkflowVersionView = z
  .object({
    workflowId: z.string(),
    workspaceId: z.string(),
    version: z.number().int(),
    name: z.string(),
    description: z.string().optional(),
    definition: DefinitionView,
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('WorkflowVersion')

export const WorkflowDeletedView = z
  .object({ deleted: z.object({ workflowId: z.string(), versions: z.number().int() }) })
  .openapi('WorkflowDeleted')

export const ValidView = z.object({ valid: z.literal(true) }).openapi('WorkflowValid')

export const WorkflowTemplateView = z
  .object({
    id: z.string().openapi({ example: 'summarize-document' }),
    name: z.string(),
    description: z.string(),
    inputSchema: z.record(z.string(), z.unknown()),
    nodes: z.array(z.record(z.string(), z.unknown())),
    edges: z.array(z.object({ from: z.string(), to: z.string() })),
  })
  .openapi('WorkflowTemplate')

// Views name their fields one by one, so nothing stored leaks by accident.
export const workflowView = (workflow: Workflow): z.infer<typeof WorkflowView> => ({
  id: workflow.id,
  workspaceId: workflow.workspaceId,
  name: workflow.name,
  ...(workflow.description === undefined ? {} : { description: workflow.description }),
  version: workflow.version,
  definition: structuredClone(workflow.definition),
  createdBy: workflow.createdBy,
  createdAt: workflow.createdAt,
  updatedAt: workflow.updatedAt,
})

export const workflowVersionView = (
  version: WorkflowVersion,
): z.infer<typeof WorkflowVersionView> => ({
  workflowId: version.workflowId,
  workspaceId: version.workspaceId,
  version: version.version,
  name: version.name,
  ...(version.description === undefined ? {} : { description: version.description }),
  definition: structuredClone(version.definition),
  createdBy: version.createdBy,
  createdAt: version.createdAt,
})

export const workflowTemplateView = (
  template: WorkflowTemplate,
): z.infer<typeof WorkflowTemplateView> => ({
  id: template.id,
  name: template.name,
  description: template.description,
  inputSchema: structuredClone(template.inputSchema) as Record<string, unknown>,
  nodes: structuredClone(template.nodes) as Record<string, unknown>[],
  edges: structuredClone(template.edges),
})
