import { type Acting, actorRef, assertPermission, auditActor, recordAudit } from '../audit/acting'
import { newId } from '../ids/ids'
import type { Agent, AgentRepository, AgentSettings } from '../ports/agent-repository'
import type { AuditLog } from '../ports/audit-log'
import type { WorkspaceRepository } from '../ports/workspace-repository'
import { type AgentReferencePorts, checkReferences } from './agent-references'
import { agentNotFound, checkedAgentSettings } from './agent-rules'

export interface AgentWritePorts extends AgentReferencePorts {
  agents: Pick<AgentRepository, 'create' | 'get' | 'update' | 'delete'>
  audit: Pick<AuditLog, 'record'>
  workspaces: Pick<WorkspaceRepository, 'getMembership'>
}

/** A new agent: a name and a description are required; no tools and no retrieval by default. */
export type NewAgentInput = Pick<AgentSettings, 'name' | 'description'> &
  Partial<Omit<AgentSettings, 'name' | 'description'>>

/** Given fields only; `null` removes an optional one (the template, profile or knowledge). */
export interface AgentPatch {
  name?: string
  description?: string
  systemPrompt?: string
  promptId?: string | null
  promptVariables?: Record<string, string | number | boolean> | null
  profileId?: string | null
  tools?: string[]
  knowledge?: AgentSettings['knowledge'] | null
}

/**
 * Creates an agent in the current workspace (`write`).
 *
 * 1. Check `write` and the settings on their own (422 listing every problem).
 * 2. Check what they name: the prompt template (and that it renders with `promptVariables`),
 *    the profile, each tool (422 at `promptId`, `profileId`, `tools.<i>`).
 * 3. Store it and record `agent.created`.
 * @example await createAgent(deps, acting, { name: 'Support', description: 'Answers billing questions', tools: ['calculator'] })
 */
export async function createAgent(
  ports: AgentWritePorts,
  acting: Acting,
  input: NewAgentInput,
): Promise<Agent> {
  assertPermission(acting.access, 'write')
  const { workspaceId } = acting.access
  const settings = checkedAgentSettings({ systemPrompt: '', tools: [], ...defined(input) })
  await checkReferences(ports, workspaceId, settings)
  const agent = await ports.agents.create({
    ...settings,
    id: newId('agt'),
    workspaceId,
    createdBy: actorRef(acting),
  })
  await audit(ports, acting, agent, 'agent.created')
  return agent
}

/**
 * Changes some settings of an agent (`write`): merged into the current ones and checked as a
 * whole, the references checked only where the patch touches them. Stores only what differs
 * (a patch that changes nothing stores and records nothing) and records `agent.updated` with
 * the names of the changed fields.
 */
export async function updateAgent(
  ports: AgentWritePorts,
  acting: Acting,
  input: { agentId: string; patch: AgentPatch },
): Promise<Agent> {
  assertPermission(acting.access, 'write')
  const { workspaceId } = acting.access
  const current = await ports.agents.get(workspaceId, input.agentId)
  if (!current) throw agentNotFound()
  const before = settingsOf(current)
  const merged: AgentSettings = { ...before }
  for (const [key, value] of Object.entries(input.patch)) {
    if (value === undefined) continue
    if (value === null) Reflect.deleteProperty(merged, key)
    else Object.assign(merged, { [key]: value })
  }
  // A template's variables belong to it: choosing no template drops them too.
  if (input.patch.promptId === null) delete merged.promptVariables
  const settings = checkedAgentSettings(merged)
  const changed = (Object.keys({ ...before, ...settings }) as (keyof AgentSettings)[]).filter(
    (key) => JSON.stringify(settings[key]) !== JSON.stringify(before[key]),
  )
  if (changed.length === 0) return current
  const touches = new Set<'prompt' | 'profile' | 'tools'>()
  if (changed.includes('promptId') || changed.includes('promptVariables')) touches.add('prompt')
  if (changed.includes('profileId')) touches.add('profile')
  if (changed.includes('tools')) touches.add('tools')
  await checkReferences(ports, workspaceId, settings, touches)
  // An undefined value removes the stored setting.
  const changes = Object.fromEntries(changed.map((key) => [key, settings[key]]))
  const updated = await ports.agents.update(workspaceId, current.id, changes)
  if (!updated) throw agentNotFound()
  await audit(ports, acting, updated, 'agent.updated', { changed: changed.join(',') })
  return updated
}

/**
 * Deletes an agent with its metrics (`write`) and records `agent.deleted`, answering what went.
 * Conversations started with it keep its id but answer as if they had none (their own or the
 * workspace's default profile, no tools, no agent knowledge), so nothing a user wrote is lost.
 */
export async function deleteAgent(
  ports: AgentWritePorts,
  acting: Acting,
  input: { agentId: string },
): Promise<{ agentId: string; name: string }> {
  assertPermission(acting.access, 'write')
  const { workspaceId } = acting.access
  const agent = await ports.agents.get(workspaceId, input.agentId)
  if (!agent || !(await ports.agents.delete(workspaceId, agent.id))) throw agentNotFound()
  await audit(ports, acting, agent, 'agent.deleted')
  return { agentId: agent.id, name: agent.name }
}

async function audit(
  ports: Pick<AgentWritePorts, 'audit' | 'workspaces'>,
  acting: Acting,
  agent: Agent,
  action: 'agent.created' | 'agent.updated' | 'agent.deleted',
  details?: Record<string, string>,
) {
  await recordAudit(ports.audit, acting, {
    workspaceId: agent.workspaceId,
    action,
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'agent', id: agent.id, label: agent.name },
    ...(details ? { details } : {}),
  })
}

/** The object without its undefined entries, so they never overwrite a default when spread. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T

function settingsOf(agent: Agent): AgentSettings {
  const {
    id: _i,
    workspaceId: _w,
    createdBy: _b,
    createdAt: _c,
    updatedAt: _u,
    ...settings
  } = agent
  return settings
}
