import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/**
 * A conversation, in its workspace's partition (strongly consistent get by id; found by key when
 * the workspace is deleted). Its list keys sort by `lastActivityAt#id`, so `touch` (which sets
 * `lastActivityAt`) moves it to the top of both lists:
 * - gsi1, the workspace's conversations by activity (any member's; no route lists these, as
 *   conversations are private, but the repository port offers it);
 * - gsi2, one member's conversations in a workspace by activity: every list a person sees is
 *   one Query here. Archived ones and title searches are filters (`archived`, `titleLower`):
 *   archiving is rare, so the filter mostly skips nothing.
 * Conversation ids keep their case in the sort keys, so `cnv_A` never reaches `cnv_a`.
 */
export const conversationEntity = () =>
  new Entity({
    model: { service, entity: 'conversation', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      userId: { type: 'string', required: true, readOnly: true },
      title: { type: 'string', required: true },
      /** The title lower-cased, for case-insensitive `contains` filters. */
      titleLower: { type: 'string', required: true },
      profileId: { type: 'string' },
      agentId: { type: 'string' },
      systemPromptId: { type: 'string' },
      // Strings, numbers and booleans by variable name, as the prompt's variables declare them.
      systemPromptVariables: { type: 'any' },
      archived: { type: 'boolean', required: true },
      activeLeafId: { type: 'string' },
      memory: {
        type: 'map',
        properties: {
          summary: { type: 'string', required: true },
          throughMessageId: { type: 'string', required: true },
          tokens: { type: 'number', required: true },
        },
      },
      forkedFrom: {
        type: 'map',
        properties: {
          conversationId: { type: 'string', required: true },
          messageId: { type: 'string', required: true },
        },
      },
      messageCount: { type: 'number', required: true },
      lastActivityAt: { type: 'string', required: true },
      ...timestamps,
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      byActivity: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['lastActivityAt', 'id'], casing: 'none' },
      },
      byUser: {
        index: fields.gsi2.index,
        pk: { field: fields.gsi2.pk, composite: ['workspaceId', 'userId'] },
        sk: { field: fields.gsi2.sk, composite: ['lastActivityAt', 'id'], casing: 'none' },
      },
    },
  })
