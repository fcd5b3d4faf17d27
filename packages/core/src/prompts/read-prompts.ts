import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type { Prompt, PromptListQuery, PromptRepository, PromptVersion } from '../ports'

// One answer for "no such prompt" and "another workspace's", so ids reveal nothing.
export const promptNotFound = () =>
  new DomainError('resource.notFound', 'No such prompt in this workspace.')

export const promptVersionNotFound = (version: number) =>
  new DomainError('resource.notFound', `This prompt has no version ${version}.`)

/** A prompt of the current workspace at its current version (`read`). */
export async function getPrompt(
  ports: { prompts: Pick<PromptRepository, 'get'> },
  acting: Pick<Acting, 'access'>,
  input: { promptId: string },
): Promise<Prompt> {
  assertPermission(acting.access, 'read')
  const prompt = await ports.prompts.get(acting.access.workspaceId, input.promptId)
  if (!prompt) throw promptNotFound()
  return prompt
}

/** The workspace's prompts, newest first, optionally of one category and/or tag (`read`). */
export function listPrompts(
  ports: { prompts: Pick<PromptRepository, 'list'> },
  acting: Pick<Acting, 'access'>,
  query: PromptListQuery,
): Promise<Page<Prompt>> {
  assertPermission(acting.access, 'read')
  return ports.prompts.list(acting.access.workspaceId, query)
}

/** A prompt's saved versions, newest first (`read`); 404 for no such prompt. */
export async function listPromptVersions(
  ports: { prompts: Pick<PromptRepository, 'get' | 'listVersions'> },
  acting: Pick<Acting, 'access'>,
  input: { promptId: string; page: PageRequest },
): Promise<Page<PromptVersion>> {
  const prompt = await getPrompt(ports, acting, input)
  return ports.prompts.listVersions(prompt.workspaceId, prompt.id, input.page)
}

/** One saved version of a prompt (`read`); 404 for no such prompt or version. */
export async function getPromptVersion(
  ports: { prompts: Pick<PromptRepository, 'get' | 'getVersion'> },
  acting: Pick<Acting, 'access'>,
  input: { promptId: string; version: number },
): Promise<PromptVersion> {
  const prompt = await getPrompt(ports, acting, input)
  const version = await ports.prompts.getVersion(prompt.workspaceId, prompt.id, input.version)
  if (!version) throw promptVersionNotFound(input.version)
  return version
}
