import { DomainError, type FieldError, isDomainError } from '../errors'
import type { AgentSettings } from '../ports/agent-repository'
import type { ProfileRepository } from '../ports/profile-repository'
import type { Prompt, PromptRepository } from '../ports/prompt-repository'
import type { ToolCatalog } from '../ports/tools'
import { renderTemplate } from '../prompts/render'

/** What checking an agent's references reads: its prompt, its profile, the tool catalog. */
export interface AgentReferencePorts {
  prompts: Pick<PromptRepository, 'get'>
  profiles: Pick<ProfileRepository, 'get'>
  tools: { catalog: Pick<ToolCatalog, 'toolsFor'> }
}

/**
 * Checks what an agent names in its workspace, answering every problem in one 422: the prompt
 * template must exist and render with `promptVariables` (a missing required variable is named
 * at `promptVariables.<name>`), the profile must exist, and every tool must be one the
 * workspace offers now (built-ins and enabled MCP tools; `tools.<i>` names each unknown one).
 * `only` limits the checks to the references a change touches, so renaming an agent whose
 * tool was disabled since still works.
 */
export async function checkReferences(
  ports: AgentReferencePorts,
  workspaceId: string,
  settings: AgentSettings,
  only: ReadonlySet<'prompt' | 'profile' | 'tools'> = new Set(['prompt', 'profile', 'tools']),
): Promise<void> {
  const errors: FieldError[] = []
  const [prompt, profile, tools] = await Promise.all([
    only.has('prompt') && settings.promptId
      ? ports.prompts.get(workspaceId, settings.promptId)
      : undefined,
    only.has('profile') && settings.profileId
      ? ports.profiles.get(workspaceId, settings.profileId)
      : undefined,
    only.has('tools') && settings.tools.length > 0
      ? ports.tools.catalog.toolsFor(workspaceId)
      : undefined,
  ])
  if (only.has('prompt') && settings.promptId) {
    if (!prompt) errors.push({ path: 'promptId', message: 'No such prompt in this workspace.' })
    else errors.push(...renderProblems(prompt, settings.promptVariables ?? {}))
  }
  if (only.has('profile') && settings.profileId && !profile)
    errors.push({ path: 'profileId', message: 'No such profile in this workspace.' })
  const unknown: string[] = []
  if (tools) {
    const offered = new Set(tools.map((tool) => tool.name))
    settings.tools.forEach((name, i) => {
      if (offered.has(name)) return
      unknown.push(name)
      errors.push({
        path: `tools.${i}`,
        message: `No tool "${name}" in this workspace (or it is disabled).`,
      })
    })
  }
  const [first] = errors
  if (!first) return
  const message =
    errors.length > 1
      ? 'Some of what the agent names does not exist in this workspace.'
      : unknown.length === 1
        ? `Unknown tool: ${unknown[0]}.`
        : first.message
  throw new DomainError('request.invalid', message, { errors })
}

/** Renders the template once (without counting a use) to find what its variables lack. */
function renderProblems(
  prompt: Pick<Prompt, 'template' | 'variables'>,
  values: Record<string, unknown>,
): FieldError[] {
  try {
    renderTemplate(prompt.template, prompt.variables, values)
    return []
  } catch (error) {
    if (!isDomainError(error)) throw error
    const found = error.details?.errors ?? [{ path: 'variables', message: error.message }]
    return found.map(({ path, message }) => ({
      path: path.replace(/^variables\b/, 'promptVariables').replace(/^template$/, 'promptId'),
      message,
    }))
  }
}
