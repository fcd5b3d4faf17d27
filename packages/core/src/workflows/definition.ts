import { z } from 'zod'
import type { JsonSchema } from '../ports/tools'
import { workflowEventNames } from '../ports/workflow-execution-repository'
import {
  type WorkflowNodeType,
  workflowNodeConfigSchemas,
  workflowNodeIdSchema,
} from './node-configs'

export * from './node-configs'

/**
 * The shape of a user-defined workflow: nodes and the edges between them.
 *
 * Control flow, in one place:
 * - An **edge** `{ from, to }` is "then run `to`". A node has at most one outgoing edge; a node
 *   without one ends its scope (the workflow, a parallel branch or a map iteration).
 * - A **condition** node has no outgoing edges: its `rules[].next` and `default` are its targets.
 * - A **loop** node runs `body` while it has run fewer than `maxIterations` times and no `until`
 *   rule holds, then follows its outgoing edge. The body's last node leads back to the loop
 *   node by an edge: the only cycle a workflow may have.
 * - A **parallel** node runs each `branches[i]` (a start node id) as its own subgraph: the nodes
 *   reachable from that start. A **map** node runs the subgraph starting at `iterator` once per
 *   item. These subgraphs are scopes: their nodes belong to no other scope, and no edge crosses
 *   a scope. The parallel/map node's own outgoing edge is where the flow joins.
 * - `onError` (executable nodes) names the node to go to once retries are exhausted, in the same
 *   scope; without it a failure fails the workflow.
 * - The start node is the one no edge or config leads to; the edge closing a loop does not
 *   count, so a loop may start a workflow.
 *
 * Values are read from the execution state with JSONPath (Step Functions' JSONPath mode):
 * `$.input` is the workflow's input, `$.nodes.<id>` each node's output, `$.errors.<id>` the
 * error a node's `onError` path was taken for, `$.loops.<id>.count` a loop's iterations.
 * Inside a map, `$.item` and `$.index` are the current item. A branch or an iteration outputs
 * its `nodes`: `$.nodes.<parallelId>[i].<id>`, `$.nodes.<mapId>[k].<id>` (a branch's `nodes`
 * include the ones run before the parallel node). Text fields are templates:
 * `{{ $.input.topic }}` is replaced by that value.
 */

const nodeId = workflowNodeIdSchema
const positiveSeconds = z.number().int().min(1)

/** Retries after a failure: `maxAttempts` retries, `intervalSeconds` apart, times `backoffRate` each. */
export const workflowRetrySchema = z.strictObject({
  maxAttempts: z.number().int().min(0).max(10),
  intervalSeconds: z.number().int().min(1).max(3600).default(1),
  backoffRate: z.number().min(1).max(10).default(2),
})
export type WorkflowRetry = z.infer<typeof workflowRetrySchema>

/** Fields every node has. */
const nodeBase = {
  id: nodeId,
  /** A label for people. */
  name: z.string().max(200).optional(),
}

/** Fields of nodes that can fail and be retried (approval: onError only; map, parallel: no timeout). */
const fallible = {
  retry: workflowRetrySchema.optional(),
  timeoutSeconds: positiveSeconds.optional(),
  onError: nodeId.optional(),
}

const node = <T extends WorkflowNodeType, F extends z.ZodRawShape>(type: T, fields: F) =>
  z.strictObject({
    ...nodeBase,
    ...fields,
    type: z.literal(type),
    config: workflowNodeConfigSchemas[type],
  })

export const workflowNodeSchema = z.discriminatedUnion('type', [
  node('llm', fallible),
  node('retrieval', fallible),
  node('tool', fallible),
  node('agent', fallible),
  node('transform', fallible),
  node('approval', { onError: fallible.onError }),
  node('webhook', fallible),
  // Step Functions has no TimeoutSeconds on Parallel and Map states.
  node('parallel', { retry: fallible.retry, onError: fallible.onError }),
  node('map', { retry: fallible.retry, onError: fallible.onError }),
  node('condition', {}),
  node('wait', {}),
  node('loop', {}),
])
export type WorkflowNode = z.infer<typeof workflowNodeSchema>
export type WorkflowNodeOf<T extends WorkflowNodeType> = Extract<WorkflowNode, { type: T }>

export const workflowEdgeSchema = z.strictObject({ from: nodeId, to: nodeId })
export type WorkflowEdge = z.infer<typeof workflowEdgeSchema>

const triggerInput = z.record(z.string(), z.unknown()).optional()

/**
 * What starts a saved workflow besides the API: a schedule (five-field cron read in `timezone`)
 * or an event. A `document.ready` execution's input is `{ documentId, filename, tags }` merged
 * over `input`; `tags` narrows it to documents with any of them. Templates have no triggers.
 */
export const workflowTriggerSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('schedule'),
    cron: z.string().trim().min(9).max(120),
    timezone: z.string().min(1).max(64).default('UTC'),
    input: triggerInput,
  }),
  z.strictObject({
    type: z.literal('event'),
    event: z.enum(workflowEventNames),
    tags: z.array(z.string().min(1).max(100)).max(20).optional(),
    input: triggerInput,
  }),
])
export type WorkflowTrigger = z.infer<typeof workflowTriggerSchema>

export const workflowDefinitionSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
  nodes: z.array(workflowNodeSchema).min(1),
  edges: z.array(workflowEdgeSchema).default([]),
  /** JSON Schema of the input an execution must be started with. */
  inputSchema: z.record(z.string(), z.unknown()).optional(),
  triggers: z.array(workflowTriggerSchema).max(10).optional(),
})
/** A workflow as stored and compiled (defaults applied). */
export type WorkflowDefinition = z.infer<typeof workflowDefinitionSchema>
/** A workflow as a client sends it (defaults optional). */
export type WorkflowDefinitionInput = z.input<typeof workflowDefinitionSchema>

/** A built-in workflow a user can run directly or copy. */
export interface WorkflowTemplate extends WorkflowDefinition {
  id: string
  description: string
  inputSchema: JsonSchema
}

/** The bounds a workspace puts on its workflows. */
export interface WorkflowLimits {
  maxNodes: number
  /** Per loop node. */
  maxIterations: number
  /** Parallel branches and map concurrency. */
  maxFanOut: number
  /** Any node's timeout, an approval's wait, a wait node's seconds. */
  maxTimeoutSeconds: number
}

export const defaultWorkflowLimits: WorkflowLimits = {
  maxNodes: 50,
  maxIterations: 20,
  maxFanOut: 10,
  maxTimeoutSeconds: 7 * 24 * 3600,
}
