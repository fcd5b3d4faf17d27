import type { Acting } from '../audit/acting'
import { assertPermission, auditActor, recordAudit } from '../audit/acting'
import type { KnowledgePorts } from '../documents/knowledge-ports'
import { DomainError } from '../errors'
import type { AuditLog } from '../ports/audit-log'
import type {
  Workspace,
  WorkspaceDeletion,
  WorkspaceRepository,
} from '../ports/workspace-repository'
import { cleanDisplayName, displayNameProblem, invalidDisplayName } from './display-name'

export interface ManageWorkspacePorts {
  workspaces: Pick<WorkspaceRepository, 'get' | 'getMembership' | 'rename' | 'delete'>
  audit: Pick<AuditLog, 'record'>
  /** The workspace's knowledge outside the table (files, vectors, lexical index), if any. */
  knowledge?: Pick<KnowledgePorts, 'documents' | 'blobs' | 'vectors' | 'lexical'>
}

/** The workspace the caller's access is for (404 if it vanished since access was resolved). */
export async function getWorkspace(
  workspaces: Pick<WorkspaceRepository, 'get'>,
  acting: Pick<Acting, 'access'>,
): Promise<Workspace> {
  const workspace = await workspaces.get(acting.access.workspaceId)
  if (!workspace) throw new DomainError('resource.notFound', 'No such workspace.')
  return workspace
}

/**
 * Renames the workspace (`administer`: the owner only).
 *
 * 1. Check the permission, then the name.
 * 2. Rename (the repository also updates the name denormalised on memberships).
 * 3. Record `workspace.renamed` with the old and new names.
 */
export async function renameWorkspace(
  ports: ManageWorkspacePorts,
  acting: Acting,
  input: { name: string },
): Promise<Workspace> {
  assertPermission(acting.access, 'administer', 'Only the workspace owner can rename it.')
  const problem = displayNameProblem(input.name)
  if (problem) throw invalidDisplayName(problem)
  const before = await getWorkspace(ports.workspaces, acting)
  const name = cleanDisplayName(input.name)
  if (name === before.name) return before
  const renamed = await ports.workspaces.rename(before.id, name)
  await recordAudit(ports.audit, acting, {
    workspaceId: renamed.id,
    action: 'workspace.renamed',
    actor: await auditActor(ports.workspaces, acting.access),
    target: { type: 'workspace', id: renamed.id, label: name },
    details: { from: before.name, to: name },
  })
  return renamed
}

/**
 * Deletes a shared workspace with its memberships, invitations and API keys (`administer`).
 * A personal workspace cannot be deleted: every user keeps exactly one.
 *
 * 1. Check the permission and that the workspace is not personal.
 * 2. Remove what lives outside the table: every document's file, the vector namespace and the
 *    lexical index (idempotent, so a delete interrupted here can simply be repeated).
 * 3. Delete (the repository removes the dependents in one go) and answer what was removed.
 * 4. Record `workspace.deleted` with the counts; the audit log outlives the workspace.
 */
export async function deleteWorkspace(
  ports: ManageWorkspacePorts,
  acting: Acting,
): Promise<WorkspaceDeletion> {
  assertPermission(acting.access, 'administer', 'Only the workspace owner can delete it.')
  const workspace = await getWorkspace(ports.workspaces, acting)
  if (workspace.personal)
    throw new DomainError(
      'resource.conflict',
      'A personal workspace cannot be deleted; every user keeps theirs. Delete a shared workspace instead.',
    )
  // Read before the delete: the caller's membership goes with the workspace.
  const actor = await auditActor(ports.workspaces, acting.access)
  const documents = ports.knowledge ? await removeKnowledge(ports.knowledge, workspace.id) : 0
  const deleted = { ...(await ports.workspaces.delete(workspace.id)), documents }
  await recordAudit(ports.audit, acting, {
    workspaceId: workspace.id,
    action: 'workspace.deleted',
    actor,
    target: { type: 'workspace', id: workspace.id, label: workspace.name },
    details: {
      members: deleted.members,
      invitations: deleted.invitations,
      apiKeys: deleted.apiKeys,
      documents,
    },
  })
  return deleted
}

/** Deletes the files of every document, the vector namespace and the lexical index. */
export async function removeKnowledge(
  knowledge: NonNullable<ManageWorkspacePorts['knowledge']>,
  workspaceId: string,
): Promise<number> {
  let documents = 0
  let cursor: string | undefined
  do {
    const page = await knowledge.documents.list(workspaceId, { limit: 100, cursor })
    await Promise.all(page.items.map((document) => knowledge.blobs.delete(document.blobKey)))
    documents += page.items.length
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  await knowledge.vectors.deleteNamespace(workspaceId)
  await knowledge.lexical.drop(workspaceId)
  return documents
}
