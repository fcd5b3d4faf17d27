import { type Acting, assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import { maxPageSize } from '../pagination'
import type { AgentRepository } from '../ports/agent-repository'
import type { Embedder } from '../ports/embedder'
import type { Profile, ProfileRepository } from '../ports/profile-repository'

/** The model id that answers with the workspace's default profile (or the runtime's default). */
export const defaultModelName = 'default'

/** One entry of `GET /v1/models`, OpenAI's shape with what Chatter adds (`name`, `kind`). */
export interface CompletionModel {
  id: string
  object: 'model'
  /** Unix seconds (0 for the runtime's default model, which has no creation time). */
  created: number
  owned_by: string
  name: string
  kind: 'default' | 'profile' | 'agent' | 'embedding'
}

export interface CompletionModelPorts {
  profiles: Pick<ProfileRepository, 'list' | 'getDefault'>
  agents: Pick<AgentRepository, 'listAll'>
  chat: { defaultModel: { modelId: string } }
  embedder?: Pick<Embedder, 'modelId'>
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)

/**
 * The models a workspace offers OpenAI clients (`read`): `default` first, then every profile
 * and every agent (by their ids), then the embedding model.
 */
export async function listCompletionModels(
  ports: CompletionModelPorts,
  acting: Pick<Acting, 'access'>,
): Promise<CompletionModel[]> {
  assertPermission(acting.access, 'read')
  const { workspaceId } = acting.access
  const [fallback, profiles, agents] = await Promise.all([
    ports.profiles.getDefault(workspaceId),
    allProfiles(ports.profiles, workspaceId),
    ports.agents.listAll(workspaceId),
  ])
  const model = (
    id: string,
    name: string,
    kind: CompletionModel['kind'],
    created = 0,
    ownedBy = workspaceId,
  ): CompletionModel => ({ id, object: 'model', created, owned_by: ownedBy, name, kind })
  return [
    fallback
      ? model(
          defaultModelName,
          `Default (${fallback.name})`,
          'default',
          seconds(fallback.createdAt),
        )
      : model(
          defaultModelName,
          `Default (${ports.chat.defaultModel.modelId})`,
          'default',
          0,
          'chatter',
        ),
    ...profiles.map((p) => model(p.id, p.name, 'profile', seconds(p.createdAt))),
    ...agents.map((a) => model(a.id, a.name, 'agent', seconds(a.createdAt))),
    ...(ports.embedder
      ? [model(ports.embedder.modelId, ports.embedder.modelId, 'embedding', 0, 'chatter')]
      : []),
  ]
}

/** One model of `listCompletionModels` by id; an unknown id is a 404. */
export async function getCompletionModel(
  ports: CompletionModelPorts,
  acting: Pick<Acting, 'access'>,
  id: string,
): Promise<CompletionModel> {
  const found = (await listCompletionModels(ports, acting)).find((model) => model.id === id)
  if (!found) throw unknownModel(id)
  return found
}

/** A 404 naming the model and where to find the valid ones. */
export const unknownModel = (id: string) =>
  new DomainError(
    'resource.notFound',
    `The model "${id}" does not exist in this workspace: GET /v1/models lists the models (use "default", a profile id or an agent id).`,
    { errors: [{ path: 'model', message: `No model "${id}".` }] },
  )

async function allProfiles(
  profiles: Pick<ProfileRepository, 'list'>,
  workspaceId: string,
): Promise<Profile[]> {
  const all: Profile[] = []
  let cursor: string | undefined
  do {
    const page = await profiles.list(workspaceId, {
      limit: maxPageSize,
      ...(cursor ? { cursor } : {}),
    })
    all.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return all
}
