import { z } from 'zod'
import { executableNodeTypes, workflowNodeIdSchema } from '../workflows/node-configs'

/**
 * What a compiled workflow Task sends the workflow-step function (`compileWorkflow` in
 * `@chatter/resources`): the node, the whole execution state as `input`
 * (`{ input, nodes, errors?, loops?, item?, index? }`), the execution's id and, for an
 * approval, its task token. The config is parsed again per node type when the node runs.
 */
export const workflowStepPayloadSchema = z.object({
  node: z.object({
    id: workflowNodeIdSchema,
    type: z.enum(executableNodeTypes),
    config: z.record(z.string(), z.unknown()),
  }),
  input: z.record(z.string(), z.unknown()),
  execution: z.string().min(1),
  taskToken: z.string().min(1).optional(),
})
export type WorkflowStepPayload = z.infer<typeof workflowStepPayloadSchema>
