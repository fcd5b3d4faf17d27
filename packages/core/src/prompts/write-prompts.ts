import type { Acting } from '../audit/acting'
import { actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { DomainError } from '../errors'
import { newId } from '../ids/ids'
import type { AuditLog, Prompt, PromptRepository, WorkspaceRepository } from '../ports'
import {
  checkedPromptContent,
  contentOf,
  type PromptContentInput,
  promptLimits,
} from './prompt-rules'
import { promptNotFound, promptVersionNotFound } from './read-prompts'

export interface PromptWritePorts {
  prompts: Pick<PromptRepository, 'create' | 'get' | 'getVersion' | 'addVersion' | 'delete'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

/** Given fields replace the current ones (`variables` as a whole); `null` clears an optional one. */
export type PromptPatch = Partial<Omit<PromptContentInput, 'description' | 'category'>> & {
  description?: string | null
  category?: string | null
}

async function audit(
  ports: PromptWritePorts,
  acting: Acting,
  action: 'prompt.created' | 'prompt.updated' | 'prompt.deleted',
  prompt: Pick<Prompt, 'workspaceId' | 'id' | 'name'>,
  details: Record<string, string | number>,
) {
  await recordAudit(ports.audit, acting, {
    workspaceId: prompt.workspaceId,
    action,
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'prompt', id: prompt.id, label: prompt.name },
    details,
  })
}

async function currentPrompt(
  ports: PromptWritePorts,
  acting: Acting,
  promptId: string,
  expectedVersion?: number,
): Promise<Prompt> {
  assertPermission(acting.access, 'write')
  const prompt = await ports.prompts.get(acting.access.workspaceId, promptId)
  if (!prompt) throw promptNotFound()
  if (expectedVersion !== undefined && expectedVersion !== prompt.version)
    throw new DomainError(
      'resource.conflict',
      `The prompt is at version ${prompt.version}, not ${expectedVersion}: someone changed it meanwhile. Read it again and retry.`,
      { currentVersion: prompt.version },
    )
  return prompt
}

/**
 * Creates a prompt template at version 1 (`write`). Every `{{placeholder}}` must be a declared
 * variable and every declared variable used; a 422 names each problem.
 * @example await createPrompt(deps, acting, { name: 'Summary', template: 'Summarise {{text}}', variables: [{ name: 'text' }] })
 */
export async function createPrompt(
  ports: PromptWritePorts,
  acting: Acting,
  input: PromptContentInput,
): Promise<Prompt> {
  assertPermission(acting.access, 'write')
  const content = checkedPromptContent(input)
  const prompt = await ports.prompts.create({
    ...content,
    id: newId('prm'),
    workspaceId: acting.access.workspaceId,
    createdBy: actorRef(acting),
  })
  await audit(ports, acting, 'prompt.created', prompt, { version: 1 })
  return prompt
}

/**
 * Edits a prompt (`write`): every edit saves a new version and makes it current, the old ones
 * stay. With `expectedVersion` (the version the caller read) a stale edit is a 409 instead of
 * overwriting someone else's; the store refuses a concurrent edit in any case.
 *
 * 1. Find the prompt (404) and compare its version (409).
 * 2. Merge the patch into the current content and check the result as a whole (422).
 * 3. Save it as the next version, conditional on the version read.
 */
export async function updatePrompt(
  ports: PromptWritePorts,
  acting: Acting,
  input: { promptId: string; patch: PromptPatch; expectedVersion?: number },
): Promise<Prompt> {
  const current = await currentPrompt(ports, acting, input.promptId, input.expectedVersion)
  const { description, category, ...rest } = input.patch
  const merged: PromptContentInput = { ...contentOf(current) }
  for (const [key, value] of Object.entries(rest))
    if (value !== undefined) Object.assign(merged, { [key]: value })
  if (description !== undefined) merged.description = description ?? undefined
  if (category !== undefined) merged.category = category ?? undefined
  const content = checkedPromptContent(merged)
  const updated = await ports.prompts.addVersion(
    current.workspaceId,
    current.id,
    current.version,
    content,
    actorRef(acting),
  )
  await audit(ports, acting, 'prompt.updated', updated, { version: updated.version })
  return updated
}

/**
 * Rolls a prompt back to an older version (`write`) by saving that version's content as a NEW
 * version: history is never rewritten, so a rollback can itself be rolled back.
 */
export async function rollbackPrompt(
  ports: PromptWritePorts,
  acting: Acting,
  input: { promptId: string; version: number; expectedVersion?: number },
): Promise<Prompt> {
  const current = await currentPrompt(ports, acting, input.promptId, input.expectedVersion)
  const old = await ports.prompts.getVersion(current.workspaceId, current.id, input.version)
  if (!old) throw promptVersionNotFound(input.version)
  const updated = await ports.prompts.addVersion(
    current.workspaceId,
    current.id,
    current.version,
    contentOf(old),
    actorRef(acting),
  )
  await audit(ports, acting, 'prompt.updated', updated, {
    version: updated.version,
    rolledBackTo: old.version,
  })
  return updated
}

/**
 * Copies a prompt's current content into a new prompt at version 1, with no uses (`write`),
 * named "<name> (copy)" unless a name is given.
 */
export async function clonePrompt(
  ports: PromptWritePorts,
  acting: Acting,
  input: { promptId: string; name?: string },
): Promise<Prompt> {
  const source = await currentPrompt(ports, acting, input.promptId)
  const suffix = ' (copy)'
  const name =
    input.name ??
    `${[...source.name].slice(0, promptLimits.nameLength - suffix.length).join('')}${suffix}`
  const content = checkedPromptContent({ ...contentOf(source), name })
  const prompt = await ports.prompts.create({
    ...content,
    id: newId('prm'),
    workspaceId: source.workspaceId,
    createdBy: actorRef(acting),
  })
  await audit(ports, acting, 'prompt.created', prompt, { version: 1, clonedFrom: source.id })
  return prompt
}

/**
 * Deletes a prompt with all its versions (`write`) and answers what went. Profiles or agents
 * naming it as their system prompt then fail to render it until changed.
 */
export async function deletePrompt(
  ports: PromptWritePorts,
  acting: Acting,
  input: { promptId: string },
): Promise<{ deleted: { promptId: string; versions: number } }> {
  const prompt = await currentPrompt(ports, acting, input.promptId)
  const versions = await ports.prompts.delete(prompt.workspaceId, prompt.id)
  if (versions === 0) throw promptNotFound()
  await audit(ports, acting, 'prompt.deleted', prompt, { versions })
  return { deleted: { promptId: prompt.id, versions } }
}
