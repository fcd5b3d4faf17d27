import type { z } from 'zod'
import { DomainError } from '../errors'
import {
  defaultWorkflowLimits,
  type WorkflowDefinition,
  type WorkflowLimits,
  type WorkflowNode,
  workflowDefinitionSchema,
  workflowEdgeSchema,
  workflowNodeSchema,
} from './definition'
import type { WorkflowProblem } from './problems'
import { referenceProblems, securityProblems, type WorkflowLookup } from './validate-policy'
import { structureProblems } from './validate-structure'
import { triggerProblems } from './validate-triggers'

/** What a workspace allows and holds, for the security and reference layers. */
export interface WorkflowValidationContext {
  /** Model-facing names of the tools the workspace allows. */
  tools: readonly string[]
  profiles: WorkflowLookup
  prompts: WorkflowLookup
  agents: WorkflowLookup
  documents: WorkflowLookup
  limits?: WorkflowLimits
  /** Refuse webhook URLs on private networks (true in AWS). */
  blockPrivateWebhooks?: boolean
}

export interface WorkflowCheck {
  /** The definition with defaults applied, when the schema layer passed. */
  definition?: WorkflowDefinition
  problems: WorkflowProblem[]
}

/**
 * Checks a workflow in layers and returns every problem found:
 * 1. schema: the definition's fields and each node's config (`nodes.<i>.config.<path>`);
 * 2. structure: one start, all nodes reachable, no dangling edges, cycles only through loops
 *    (skipped while a node or an edge fails the schema, to avoid reporting echoes);
 * 3. security: allowed tools, limits on iterations, fan-out and timeouts, https webhooks;
 * 4. references: profiles, prompts, agents and documents exist.
 * Layers 3 and 4 check every node that passed the schema.
 * @example
 * const { definition, problems } = await checkWorkflow(body, context)
 * if (problems.length > 0) throw workflowInvalid(problems)
 */
export async function checkWorkflow(
  input: unknown,
  context: WorkflowValidationContext,
): Promise<WorkflowCheck> {
  const limits = context.limits ?? defaultWorkflowLimits
  const { problems, nodes, complete } = schemaProblems(input)
  const parsed = workflowDefinitionSchema.safeParse(input)
  const definition = parsed.success ? parsed.data : undefined
  if (definition !== undefined && complete) problems.push(...structureProblems(definition))
  if (definition !== undefined) problems.push(...triggerProblems(definition))
  problems.push(...securityProblems(nodes, limits, context))
  problems.push(...(await referenceProblems(nodes, context)))
  return problems.length === 0 ? { definition, problems } : { problems }
}

/** Every problem of a workflow definition; empty when it can be saved and compiled. */
export async function validateWorkflow(
  input: unknown,
  context: WorkflowValidationContext,
): Promise<WorkflowProblem[]> {
  return (await checkWorkflow(input, context)).problems
}

/** The 422 for an invalid workflow: `details.errors` lists every problem. */
export function workflowInvalid(problems: WorkflowProblem[]): DomainError {
  return new DomainError(
    'request.invalid',
    `The workflow is invalid: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
    { errors: problems },
  )
}

const joinPath = (prefix: string, path: readonly PropertyKey[]) =>
  [prefix, ...path.map(String)].filter((part) => part !== '').join('.')

function fromIssues(prefix: string, issues: z.core.$ZodIssue[], extra: Partial<WorkflowProblem>) {
  return issues.map(
    (issue): WorkflowProblem => ({
      path: joinPath(prefix, issue.path),
      rule: `schema.${issue.path[0] === 'config' ? 'config' : issue.code}`,
      message: issue.message,
      ...extra,
    }),
  )
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The schema layer, node by node and edge by edge, so that each problem names its node. */
function schemaProblems(input: unknown) {
  const problems: WorkflowProblem[] = []
  const nodes: { node: WorkflowNode; index: number }[] = []
  if (!isRecord(input)) {
    const message = 'A workflow definition is a JSON object.'
    return { problems: [{ path: '', rule: 'schema.type', message }], nodes, complete: false }
  }
  const whole = workflowDefinitionSchema.safeParse(input)
  if (!whole.success) {
    const topLevel = whole.error.issues.filter(
      (issue) => !['nodes', 'edges'].includes(String(issue.path[0])) || issue.path.length === 1,
    )
    problems.push(...fromIssues('', topLevel, {}))
  }
  let complete = problems.length === 0
  const rawNodes = Array.isArray(input.nodes) ? input.nodes : []
  rawNodes.forEach((raw: unknown, index) => {
    const parsed = workflowNodeSchema.safeParse(raw)
    if (parsed.success) {
      nodes.push({ node: parsed.data, index })
      return
    }
    complete = false
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined
    problems.push(...fromIssues(`nodes.${index}`, parsed.error.issues, id ? { nodeId: id } : {}))
  })
  const rawEdges = Array.isArray(input.edges) ? input.edges : []
  rawEdges.forEach((raw: unknown, index) => {
    const parsed = workflowEdgeSchema.safeParse(raw)
    if (parsed.success) return
    complete = false
    const edge =
      isRecord(raw) && typeof raw.from === 'string' && typeof raw.to === 'string'
        ? { edge: { index, from: raw.from, to: raw.to } }
        : {}
    problems.push(...fromIssues(`edges.${index}`, parsed.error.issues, edge))
  })
  return { problems, nodes, complete }
}
