import { profileProviders } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/**
 * A model profile, in its workspace's partition (strongly consistent get, and found by key when
 * the workspace is deleted). It carries no `isDefault`: the workspace's `profileHead` decides.
 */
export const profileEntity = () =>
  new Entity({
    model: { service, entity: 'profile', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      provider: { type: profileProviders, required: true },
      modelId: { type: 'string', required: true },
      temperature: { type: 'number', required: true },
      topP: { type: 'number', required: true },
      maxTokens: { type: 'number', required: true },
      systemPrompt: { type: 'string', required: true },
      retrieval: {
        type: 'map',
        required: true,
        properties: {
          enabled: { type: 'boolean', required: true },
          topK: { type: 'number', required: true },
          minScore: { type: 'number' },
        },
      },
      fallbackModelIds: { type: 'list', required: true, items: { type: 'string' } },
      systemPromptId: { type: 'string' },
      // Strings, numbers and booleans by variable name, as the prompt's variables declare them.
      systemPromptVariables: { type: 'any' },
      ...timestamps,
    },
    indexes: {
      // Ids keep their case in the key, so `prf_A` never reaches `prf_a`.
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      // The list, newest first.
      byCreation: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'] },
      },
    },
  })

/**
 * One per workspace that has profiles: which one is the default and how many there are. Every
 * profile create and delete changes it in the same transaction, and `setDefault` moves the
 * pointer in a transaction that checks the profile exists, so the pointer always names exactly
 * one existing profile; it is deleted with the last profile.
 */
export const profileHeadEntity = () =>
  new Entity({
    model: { service, entity: 'profileHead', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      defaultId: { type: 'string', required: true },
      profiles: { type: 'number', required: true },
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: [] },
      },
    },
  })
