import type { BlobStore, WorkspaceDeletion } from '@chatter/core'
import { deleteWorkspaceAgents } from './agent-repository'
import { deleteAll } from './batch'
import { deleteWorkspaceConversations } from './conversation-deletion'
import { deleteWorkspaceDocuments } from './document-deletion'
import { deleteWorkspaceExperiments } from './experiment-deletion'
import { deleteWorkspaceExportJobs } from './export-job-repository'
import { deleteWorkspaceImportJobs } from './import-job-repository'
import { deleteWorkspacePrompts } from './prompt-repository'
import { deleteWorkspaceReports } from './report-repository'
import type { ChatterTable } from './table'
import { deleteWorkspaceToolServers } from './tool-server-repository'
import { deleteWorkspaceUsage } from './usage-counters'
import { deleteWorkspaceWebhooks } from './webhook-repository'
import { deleteWorkspaceWorkflowExecutions } from './workflow-execution-deletion'
import { deleteWorkspaceWorkflows } from './workflow-repository'
import { deleteWorkspaceWorkflowTriggers } from './workflow-trigger-store'

/**
 * Deletes a workspace's memberships, invitations (with their pending claims), API keys, model
 * profiles (with their default pointer), conversations (with their messages, saved deltas
 * and, given `blobs`, the S3 objects of large contents) and knowledge base (documents with their
 * chunks, tags and hash claims, bulk jobs, search history, the lexical snapshot pointer; see
 * ./document-deletion), workflows with their triggers and executions (with their node runs and
 * approvals), experiments (with their assignments and counters), usage counters, export and import records (their files expire in S3), each found by
 * key (no scan) and removed in batches, then the workspace item itself: last, so an interrupted deletion can be run again. Its audit events stay
 * until their TTL (the log of a deletion outlives what it deleted). The documents' bytes, lexical
 * snapshots and vectors live outside the table: the use case removes those.
 */
export async function deleteWorkspace(
  table: ChatterTable,
  id: string,
  blobs?: Pick<BlobStore, 'delete'>,
): Promise<WorkspaceDeletion> {
  const { workspace, membership, invitation, invitationClaim, apiKey, profile, profileHead } =
    table.entities
  const all = { pages: 'all', consistent: true } as const
  // Invitations and keys are found through gsi1, which cannot be read consistently: one made in
  // the same instant may survive (the use case deletes the workspace long after creating any).
  const [members, invitations, claims, keys, profiles] = await Promise.all([
    membership.query.byWorkspace({ workspaceId: id }).go(all),
    invitation.query.byWorkspace({ workspaceId: id }).go({ pages: 'all' }),
    invitationClaim.query.byWorkspace({ workspaceId: id }).go(all),
    apiKey.query.byWorkspace({ workspaceId: id }).go({ pages: 'all' }),
    profile.query.byWorkspace({ workspaceId: id }).go(all),
  ])
  const [memberCount, invitationCount, , keyCount] = await Promise.all([
    deleteAll(
      members.data.map(({ userId }) => ({ workspaceId: id, userId })),
      (batch) => membership.delete(batch).go(),
    ),
    deleteAll(
      invitations.data.map(({ id }) => ({ id })),
      (batch) => invitation.delete(batch).go(),
    ),
    deleteAll(
      claims.data.map(({ email }) => ({ workspaceId: id, email })),
      (batch) => invitationClaim.delete(batch).go(),
    ),
    deleteAll(
      keys.data.map(({ hash }) => ({ hash })),
      (batch) => apiKey.delete(batch).go(),
    ),
    deleteAll(
      profiles.data.map((item) => ({ workspaceId: id, id: item.id })),
      (batch) => profile.delete(batch).go(),
    ),
  ])
  await deleteWorkspaceConversations(table, blobs, id)
  await deleteWorkspaceDocuments(table, id)
  await deleteWorkspaceExportJobs(table, id)
  await deleteWorkspaceImportJobs(table, id)
  await deleteWorkspaceAgents(table, id)
  await deleteWorkspacePrompts(table, id)
  await deleteWorkspaceToolServers(table, id)
  await deleteWorkspaceWebhooks(table, id)
  await deleteWorkspaceReports(table, blobs, id)
  await deleteWorkspaceWorkflowTriggers(table, id)
  await deleteWorkspaceWorkflowExecutions(table, id)
  await deleteWorkspaceWorkflows(table, id)
  await deleteWorkspaceExperiments(table, id)
  await deleteWorkspaceUsage(table, id)
  await profileHead.delete({ workspaceId: id }).go()
  // Its retention policy too, or the daily purge would keep visiting a workspace that is gone.
  await table.entities.retentionPolicy.delete({ workspaceId: id }).go()
  await workspace.delete({ workspaceId: id }).go()
  return { workspaceId: id, members: memberCount, invitations: invitationCount, apiKeys: keyCount }
}
