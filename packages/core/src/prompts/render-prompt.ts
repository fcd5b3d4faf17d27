import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import type { PromptRepository } from '../ports'
import { promptNotFound, promptVersionNotFound } from './read-prompts'
import { renderTemplate } from './render'

export interface RenderedPrompt {
  text: string
  promptId: string
  /** The version rendered. */
  version: number
}

/**
 * Renders a prompt with the given variables (`read`) and counts a use: its current version, or
 * an older one when `version` is given. A 422 names every missing or mistyped variable.
 * @example await renderPrompt(deps, acting, { promptId, variables: { topic: 'tides' } })
 */
export async function renderPrompt(
  ports: { prompts: Pick<PromptRepository, 'get' | 'getVersion' | 'countUse'> },
  acting: Pick<Acting, 'access'>,
  input: { promptId: string; variables?: Record<string, unknown>; version?: number },
): Promise<RenderedPrompt> {
  assertPermission(acting.access, 'read')
  const { workspaceId } = acting.access
  const prompt = await ports.prompts.get(workspaceId, input.promptId)
  if (!prompt) throw promptNotFound()
  let content: Pick<typeof prompt, 'template' | 'variables' | 'version'> = prompt
  if (input.version !== undefined && input.version !== prompt.version) {
    const old = await ports.prompts.getVersion(workspaceId, prompt.id, input.version)
    if (!old) throw promptVersionNotFound(input.version)
    content = old
  }
  const text = renderTemplate(content.template, content.variables, input.variables ?? {})
  await ports.prompts.countUse(workspaceId, prompt.id)
  return { text, promptId: prompt.id, version: content.version }
}
