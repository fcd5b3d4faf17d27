import { DomainError, type FieldError } from '../errors'
import type { AgentRepository } from '../ports/agent-repository'
import type { DocumentRepository } from '../ports/document-repository'
import type { ProfileRepository } from '../ports/profile-repository'
import type { PromptRepository } from '../ports/prompt-repository'
import type { ToolCatalog } from '../ports/tools'
import type { WorkflowDefinition } from '../workflows/definition'
import type { WorkflowProblem } from '../workflows/problems'
import { checkWorkflow, type WorkflowValidationContext } from '../workflows/validate'

/** The bounds of a saved workflow, shared by the use cases and the API's schemas. */
export const workflowLimits = {
  nameLength: 200,
  descriptionLength: 2000,
  /**
   * A definition's JSON, in UTF-8 bytes: the head and each version are one DynamoDB item each,
   * which must stay under 400 KB with the rest of the item.
   */
  definitionBytes: 300_000,
} as const

/** What checking a definition reads: the tool catalog and the things a node may name. */
export interface WorkflowCheckPorts {
  tools: { catalog: Pick<ToolCatalog, 'toolsFor'> }
  profiles: Pick<ProfileRepository, 'get'>
  prompts: Pick<PromptRepository, 'get'>
  agents: Pick<AgentRepository, 'get'>
  documents: Pick<DocumentRepository, 'get'>
}

const exists =
  (repository: { get(workspaceId: string, id: string): Promise<unknown> }, workspaceId: string) =>
  async (id: string) =>
    (await repository.get(workspaceId, id)) !== undefined

/** The workspace as the validator sees it: its enabled tools, and lookups of what nodes name. */
export async function validationContext(
  ports: WorkflowCheckPorts,
  workspaceId: string,
): Promise<WorkflowValidationContext> {
  const tools = await ports.tools.catalog.toolsFor(workspaceId)
  return {
    tools: tools.map((tool) => tool.name),
    profiles: exists(ports.profiles, workspaceId),
    prompts: exists(ports.prompts, workspaceId),
    agents: exists(ports.agents, workspaceId),
    documents: exists(ports.documents, workspaceId),
  }
}

/** A validator's problem as a field error of the request body (`json.definition.<path>`). */
export const problemField = (problem: WorkflowProblem): FieldError => ({
  path: problem.path ? `json.definition.${problem.path}` : 'json.definition',
  message: `${problem.rule}: ${problem.message}`,
})

/** The 422 naming every problem of a definition (and of the fields around it). */
export function workflowRefused(errors: FieldError[]): DomainError {
  const [first] = errors
  return new DomainError(
    'request.invalid',
    errors.length === 1 && first
      ? first.message
      : `The workflow is invalid: ${errors.length} problems.`,
    { errors },
  )
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length

/** 413 for a definition too large to store; before any other check, which would read it all. */
export function assertStorable(definition: unknown): void {
  const bytes = utf8Bytes(JSON.stringify(definition) ?? '')
  if (bytes > workflowLimits.definitionBytes)
    throw new DomainError(
      'request.tooLarge',
      `The definition is ${Math.ceil(bytes / 1000)} KB of JSON; keep it under ${workflowLimits.definitionBytes / 1000} KB.`,
      { limitBytes: workflowLimits.definitionBytes },
    )
}

/**
 * Checks a definition in the workspace (size 413, then schema, structure, security and
 * references); answers it with defaults applied, or the problems.
 */
export async function checkedDefinition(
  ports: WorkflowCheckPorts,
  workspaceId: string,
  input: unknown,
): Promise<{ definition?: WorkflowDefinition; errors: FieldError[] }> {
  assertStorable(input)
  const { definition, problems } = await checkWorkflow(
    input,
    await validationContext(ports, workspaceId),
  )
  return { ...(definition ? { definition } : {}), errors: problems.map(problemField) }
}
