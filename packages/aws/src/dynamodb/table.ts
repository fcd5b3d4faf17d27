import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { type EntityItem, Service } from 'electrodb'
import { agentEntity, agentStatsEntity } from './entities/agent'
import { apiKeyEntity } from './entities/api-key'
import { auditEventEntity } from './entities/audit-event'
import { conversationEntity } from './entities/conversation'
import {
  documentChunkEntity,
  documentEntity,
  documentHashEntity,
  documentTagEntity,
} from './entities/document'
import { documentJobEntity } from './entities/document-job'
import {
  experimentAssignmentEntity,
  experimentCounterEntity,
  experimentEntity,
  experimentEventCounterEntity,
  experimentRatingEntity,
  experimentSlotEntity,
} from './entities/experiment'
import { exportJobEntity } from './entities/export-job'
import { importJobEntity } from './entities/import-job'
import { invitationClaimEntity, invitationEntity } from './entities/invitation'
import { lexicalPointerEntity } from './entities/lexical-pointer'
import { messageEntity, streamDeltaEntity } from './entities/message'
import { preferencesEntity, preferenceVersionEntity } from './entities/preferences'
import { profileEntity, profileHeadEntity } from './entities/profile'
import { promptEntity, promptVersionEntity } from './entities/prompt'
import { rateLimitEntity } from './entities/rate-limit'
import { refreshFamilyEntity } from './entities/refresh-family'
import { reportEntity, reportRunEntity, reportScheduleEntity } from './entities/report'
import { retentionPolicyEntity } from './entities/retention-policy'
import { searchHistoryEntity } from './entities/search-history'
import { toolCallEntity, toolServerCheckEntity, toolServerEntity } from './entities/tool-server'
import { usageDayEntity, usageMarkerEntity } from './entities/usage'
import { platformClaimEntity, userEmailEntity, userEntity } from './entities/user'
import {
  webhookAttemptEntity,
  webhookDeliveryEntity,
  webhookEndpointEntity,
} from './entities/webhook'
import { workflowEntity, workflowVersionEntity } from './entities/workflow'
import {
  workflowApprovalEntity,
  workflowExecutionEntity,
  workflowNodeRunEntity,
  workflowScheduleEntity,
  workflowTriggerEntity,
} from './entities/workflow-execution'
import { membershipEntity, workspaceEntity } from './entities/workspace'

/*
 * The one table module: every entity is registered here, and how its keys map onto the table's
 * generic key fields is declared in its factory in ./entities (composing `fields.primary` and,
 * for other access patterns, `fields.gsi1..3`). To add an entity, write a factory there and add
 * it to `createTable`. Entities are built per table because ElectroDB binds an Entity instance
 * to one client and table name.
 *
 * Key map (pk / sk; ElectroDB prefixes each with the service and entity):
 * | entity          | primary                      | gsi1                              | gsi2                      |
 * | --------------- | ---------------------------- | --------------------------------- | ------------------------- |
 * | user            | id /                         | (all) / createdAt, id             |                           |
 * | userEmail       | email /                      |                                   |                           |
 * | platformClaim   | claim /                      |                                   |                           |
 * | workspace       | workspaceId /                | (all) / createdAt, workspaceId    |                           |
 * | membership      | workspaceId / userId         | userId / joinedAt, workspaceId    |                           |
 * | invitation      | id /                         | workspaceId / createdAt, id       | email / createdAt, id     |
 * | invitationClaim | workspaceId / email          |                                   |                           |
 * | apiKey          | hash /                       | workspaceId / createdAt, id       | workspaceId / id          |
 * | refreshFamily   | id /                         | userId / createdAt, id            |                           |
 * | auditEvent      | workspaceId / at, id         | workspaceId, actorId / at, id     | workspaceId, action / ... |
 * | rateLimit       | key /                        |                                   |                           |
 * | preferences     | userId /                     |                                   |                           |
 * | preferenceVer   | userId / version             |                                   |                           |
 * | profile         | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | profileHead     | workspaceId /                |                                   |                           |
 * | agent           | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | agentStats      | workspaceId / agentId        |                                   |                           |
 * | prompt          | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | promptVersion   | workspaceId, promptId / ver  |                                   |                           |
 * | conversation    | workspaceId / id             | workspaceId / lastActivityAt, id  | workspaceId, userId / ... |
 * | message         | workspaceId, convId / id     | workspaceId, convId, parent / id  |                           |
 * | streamDelta     | workspaceId, messageId / seq |                                   |                           |
 * | document        | workspaceId / id             | workspaceId / createdAt, id       | workspaceId, status / ... |
 * | documentTag     | workspaceId, tag / ...       | workspaceId / tag, documentId     |                           |
 * | documentChunk   | workspaceId, docId / index   |                                   |                           |
 * | documentHash    | workspaceId, contentHash /   | workspaceId / contentHash         |                           |
 * | documentJob     | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | exportJob       | workspaceId / id             | workspaceId, createdBy / createdAt, id |                      |
 * | importJob       | workspaceId / id             | workspaceId, createdBy / createdAt, id |                      |
 * | searchHistory   | workspaceId, userId / at, id | workspaceId / userId, at, id      |                           |
 * | lexicalPointer  | namespace /                  |                                   |                           |
 * | toolServer      | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | toolServerCheck | workspaceId, serverId / ...  |                                  |                           |
 * | toolCall        | workspaceId / at, id         |                                   |                           |
 * | workflow        | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | workflowVersion | workspaceId, workflowId / ver|                                   |                           |
 * | wfExecution     | id /                         | workspaceId / startedAt, id       | workspaceId, runOf / ...  |
 * | wfNodeRun       | workspaceId, execId / ...    |                                   |                           |
 * | wfApproval      | workspaceId, execId / id     |                                   |                           |
 * | wfTrigger       | workspaceId, event / wfId    |                                   |                           |
 * | wfSchedule      | workspaceId, wfId / index    | (all) / nextRunAt, ...            | workspaceId / wfId, index |
 * | experiment      | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | experimentSlot  | workspaceId / target         |                                   |                           |
 * | expAssignment   | workspaceId, expId / userId  |                                   |                           |
 * | expCounter      | workspaceId, expId / variant |                                   |                           |
 * | expEventCounter | workspaceId, expId / variant, name |                             |                           |
 * | expRating       | workspaceId, expId / messageId |                                 |                           |
 * | webhookEndpt    | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | webhookDelivery | workspaceId, endpointId / id |                                   |                           |
 * | webhookAttempt  | workspaceId, endpointId / at, id (both TTL 30 days)                                  |
 * | retentionPolicy | workspaceId /                | (all) / lastPurgedAt, workspaceId |                           |
 * | usageDay        | scope / day                  |                                   |                           |
 * | usageMarker     | marker /                     |                                   |                           |
 * | report          | workspaceId / id             | workspaceId / createdAt, id       |                           |
 * | reportRun       | workspaceId, reportId / id   | workspaceId, reportId / startedAt, id |                       |
 * | reportSchedule  | workspaceId, reportId /      | (all) / nextRunAt, workspaceId, reportId |                    |
 * (conversation gsi2 sk: lastActivityAt, id. A message's `parent` is its parentId, or `^` for a
 * first message. Stream deltas carry a TTL; large message contents live in S3, see
 * message-content.ts. document gsi2 sk: createdAt, id. documentTag sk: createdAt, documentId,
 * the createdAt being its document's, so a tag's list sorts like the document lists; a chunk's
 * index is zero-padded. Search history entries carry a TTL. A lexical pointer's namespace is a
 * workspace id; the snapshots it points at live in S3. A prompt version's `ver` is its number,
 * zero-padded, as is a preference version's (the last 20 of a user's are kept); prompt lists filter by category and tag within the workspace's gsi1 pages. Tool
 * server checks (sk: checkedAt, id) and tool calls carry a TTL (90 days); a server's
 * discovered tools are JSON. `wf...` are the workflowExecution, workflowNodeRun (sk: startedAt,
 * id), workflowApproval, workflowTrigger and workflowSchedule entities; an execution's gsi2 is
 * workspaceId, runOf (its workflowId, or `template:<templateId>`) / startedAt, id, and its lists
 * filter by status within these pages. A schedule's index is zero-padded; its gsi1 sk is nextRunAt,
 * workspaceId, workflowId, index: the one partition the scheduler's tick reads what is due from.
 * usageDay: usage counters by workspace (or `*`, the platform) and UTC day, counters by model,
 * profile, agent and tool inside it, see entities/usage; usageMarker: counted events and a day's
 * active users, with a TTL. An exportJob carries a TTL (7 days, as its archive); an importJob too (as its uploaded file). A retentionPolicy's gsi1 is one partition of every policy by
 * lastPurgedAt (`0000` until the first complete purge): the daily purge's queue. Audit events
 * carry a TTL (auditRetentionDays); a shorter policy period is purged by the job. A report run's
 * id is its period for scheduled runs (conditional create: one run per period); a reportSchedule
 * is an enabled report's place on the report timer's one `due` partition, see entities/report.)
 */

/**
 * The ElectroDB service over the single table.
 * @example const db = createTable(document, config.TABLE_NAME); await db.entities.user.get({ id }).go()
 */
export function createTable(document: DynamoDBDocumentClient, tableName: string) {
  return new Service(
    {
      user: userEntity(),
      userEmail: userEmailEntity(),
      platformClaim: platformClaimEntity(),
      workspace: workspaceEntity(),
      membership: membershipEntity(),
      invitation: invitationEntity(),
      invitationClaim: invitationClaimEntity(),
      apiKey: apiKeyEntity(),
      refreshFamily: refreshFamilyEntity(),
      auditEvent: auditEventEntity(),
      rateLimit: rateLimitEntity(),
      preferences: preferencesEntity(),
      preferenceVersion: preferenceVersionEntity(),
      profile: profileEntity(),
      profileHead: profileHeadEntity(),
      agent: agentEntity(),
      agentStats: agentStatsEntity(),
      prompt: promptEntity(),
      promptVersion: promptVersionEntity(),
      conversation: conversationEntity(),
      message: messageEntity(),
      streamDelta: streamDeltaEntity(),
      document: documentEntity(),
      documentTag: documentTagEntity(),
      documentChunk: documentChunkEntity(),
      documentHash: documentHashEntity(),
      documentJob: documentJobEntity(),
      exportJob: exportJobEntity(),
      importJob: importJobEntity(),
      searchHistory: searchHistoryEntity(),
      lexicalPointer: lexicalPointerEntity(),
      toolServer: toolServerEntity(),
      toolServerCheck: toolServerCheckEntity(),
      toolCall: toolCallEntity(),
      workflow: workflowEntity(),
      workflowVersion: workflowVersionEntity(),
      workflowExecution: workflowExecutionEntity(),
      workflowNodeRun: workflowNodeRunEntity(),
      workflowApproval: workflowApprovalEntity(),
      workflowTrigger: workflowTriggerEntity(),
      workflowSchedule: workflowScheduleEntity(),
      experiment: experimentEntity(),
      experimentSlot: experimentSlotEntity(),
      experimentAssignment: experimentAssignmentEntity(),
      experimentCounter: experimentCounterEntity(),
      experimentEventCounter: experimentEventCounterEntity(),
      experimentRating: experimentRatingEntity(),
      webhookEndpoint: webhookEndpointEntity(),
      webhookDelivery: webhookDeliveryEntity(),
      webhookAttempt: webhookAttemptEntity(),
      retentionPolicy: retentionPolicyEntity(),
      usageDay: usageDayEntity(),
      usageMarker: usageMarkerEntity(),
      report: reportEntity(),
      reportRun: reportRunEntity(),
      reportSchedule: reportScheduleEntity(),
    },
    { client: document, table: tableName },
  )
}

export type ChatterTable = ReturnType<typeof createTable>
type Entities = ChatterTable['entities']
export type UserItem = EntityItem<Entities['user']>
export type UserEmailItem = EntityItem<Entities['userEmail']>
export type WorkspaceItem = EntityItem<Entities['workspace']>
export type MembershipItem = EntityItem<Entities['membership']>
export type InvitationItem = EntityItem<Entities['invitation']>
export type ApiKeyItem = EntityItem<Entities['apiKey']>
export type RefreshFamilyItem = EntityItem<Entities['refreshFamily']>
export type AuditEventItem = EntityItem<Entities['auditEvent']>
export type PreferencesItem = EntityItem<Entities['preferences']>
export type PreferenceVersionItem = EntityItem<Entities['preferenceVersion']>
export type ProfileItem = EntityItem<Entities['profile']>
export type AgentItem = EntityItem<Entities['agent']>
export type PromptItem = EntityItem<Entities['prompt']>
export type PromptVersionItem = EntityItem<Entities['promptVersion']>
export type ConversationItem = EntityItem<Entities['conversation']>
export type MessageItem = EntityItem<Entities['message']>
export type DocumentItem = EntityItem<Entities['document']>
export type DocumentTagItem = EntityItem<Entities['documentTag']>
export type DocumentChunkItem = EntityItem<Entities['documentChunk']>
export type DocumentJobItem = EntityItem<Entities['documentJob']>
export type ExportJobItem = EntityItem<Entities['exportJob']>
export type ImportJobItem = EntityItem<Entities['importJob']>
export type SearchHistoryItem = EntityItem<Entities['searchHistory']>
export type ToolServerItem = EntityItem<Entities['toolServer']>
export type ToolServerCheckItem = EntityItem<Entities['toolServerCheck']>
export type ToolCallItem = EntityItem<Entities['toolCall']>
export type WorkflowItem = EntityItem<Entities['workflow']>
export type WorkflowVersionItem = EntityItem<Entities['workflowVersion']>
export type WorkflowExecutionItem = EntityItem<Entities['workflowExecution']>
export type WorkflowNodeRunItem = EntityItem<Entities['workflowNodeRun']>
export type WorkflowApprovalItem = EntityItem<Entities['workflowApproval']>
export type WorkflowTriggerItem = EntityItem<Entities['workflowTrigger']>
export type WorkflowScheduleItem = EntityItem<Entities['workflowSchedule']>
export type ExperimentItem = EntityItem<Entities['experiment']>
export type WebhookEndpointItem = EntityItem<Entities['webhookEndpoint']>
export type WebhookDeliveryItem = EntityItem<Entities['webhookDelivery']>
export type WebhookAttemptItem = EntityItem<Entities['webhookAttempt']>
export type RetentionPolicyItem = EntityItem<Entities['retentionPolicy']>
export type ReportItem = EntityItem<Entities['report']>
export type ReportRunItem = EntityItem<Entities['reportRun']>
