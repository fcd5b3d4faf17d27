import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/**
 * An agent, in its workspace's partition (strongly consistent get, found by key when the
 * workspace is deleted, and read whole by routing: a workspace has few), listed newest first
 * on gsi1 by `createdAt#id`. Its template variables are stored as given (`any`: scalars only,
 * checked by the use cases).
 */
export const agentEntity = () =>
  new Entity({
    model: { service, entity: 'agent', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      description: { type: 'string', required: true },
      systemPrompt: { type: 'string', required: true },
      promptId: { type: 'string' },
      promptVariables: { type: 'any' },
      profileId: { type: 'string' },
      tools: { type: 'list', required: true, items: { type: 'string' } },
      knowledge: {
        type: 'map',
        properties: {
          enabled: { type: 'boolean', required: true },
          tags: { type: 'list', items: { type: 'string' } },
          documentIds: { type: 'list', items: { type: 'string' } },
          topK: { type: 'number' },
        },
      },
      createdBy: { type: 'string', required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      byCreation: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * An agent's counters, one item beside the agent (its own sort key prefix), changed only by
 * atomic `ADD`s so concurrent turns never lose a count. It is created by the first count, and
 * deleted with the agent and with the workspace.
 */
export const agentStatsEntity = () =>
  new Entity({
    model: { service, entity: 'agentStats', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      agentId: { type: 'string', required: true, readOnly: true },
      conversations: { type: 'number' },
      messages: { type: 'number' },
      inputTokens: { type: 'number' },
      outputTokens: { type: 'number' },
      toolCalls: { type: 'number' },
      feedbackUp: { type: 'number' },
      feedbackDown: { type: 'number' },
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['agentId'], casing: 'none' },
      },
    },
  })
