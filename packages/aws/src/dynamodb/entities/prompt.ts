import { promptVariableTypes } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service, timestamps } from './shared'

/** What a prompt and each of its versions hold (the port's PromptContent). */
const content = {
  name: { type: 'string', required: true },
  template: { type: 'string', required: true },
  variables: {
    type: 'list',
    required: true,
    items: {
      type: 'map',
      properties: {
        name: { type: 'string', required: true },
        type: { type: promptVariableTypes, required: true },
        // A string, number or boolean, as the variable's type says.
        default: { type: 'any' },
        required: { type: 'boolean', required: true },
        description: { type: 'string' },
      },
    },
  },
  description: { type: 'string' },
  category: { type: 'string' },
  tags: { type: 'list', required: true, items: { type: 'string' } },
} as const

/**
 * A prompt template at its current version, in its workspace's partition (strongly consistent
 * get). `version` is what every new version is conditional on; `uses` only ever grows by an
 * atomic ADD, apart from the content.
 */
export const promptEntity = () =>
  new Entity({
    model: { service, entity: 'prompt', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      ...content,
      version: { type: 'number', required: true },
      uses: { type: 'number', required: true, default: 0 },
      createdBy: { type: 'string', required: true, readOnly: true },
      ...timestamps,
    },
    indexes: {
      byWorkspace: {
        pk: { field: fields.primary.pk, composite: ['workspaceId'] },
        sk: { field: fields.primary.sk, composite: ['id'], casing: 'none' },
      },
      // The list, newest first; category and tag filter these pages (see prompt-repository.ts).
      byCreation: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'], casing: 'none' },
      },
    },
  })

/**
 * One saved version of a prompt, never changed once written; in the prompt's own partition so
 * its history reads newest first by a Query and deletes with the prompt. The version number is
 * zero-padded in the key so it sorts as a number.
 */
export const promptVersionEntity = () =>
  new Entity({
    model: { service, entity: 'promptVersion', version: '1' },
    attributes: {
      workspaceId: { type: 'string', required: true, readOnly: true },
      promptId: { type: 'string', required: true, readOnly: true },
      version: {
        type: 'number',
        required: true,
        readOnly: true,
        padding: { length: 8, char: '0' },
      },
      ...content,
      createdBy: { type: 'string', required: true, readOnly: true },
      createdAt: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byPrompt: {
        pk: { field: fields.primary.pk, composite: ['workspaceId', 'promptId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['version'] },
      },
    },
  })
