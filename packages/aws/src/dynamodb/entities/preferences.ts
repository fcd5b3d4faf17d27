import { Entity } from 'electrodb'
import { fields, service } from './shared'

/** What a user's preferences and each of their versions hold (the port's PreferenceSettings). */
const settings = {
  defaultProfileId: { type: 'string' },
  language: { type: 'string' },
  streaming: { type: 'boolean', required: true },
  memoryWindow: { type: 'number' },
  toolsEnabled: { type: 'boolean', required: true },
  updatedAt: { type: 'string', required: true },
  updatedBy: { type: 'string', required: true },
} as const

/**
 * A user's current preferences: the head item of the user's preference partition. `version` is
 * what every save is conditional on.
 */
export const preferencesEntity = () =>
  new Entity({
    model: { service, entity: 'preferences', version: '1' },
    attributes: {
      userId: { type: 'string', required: true, readOnly: true },
      ...settings,
      version: { type: 'number', required: true },
    },
    indexes: {
      byUser: {
        pk: { field: fields.primary.pk, composite: ['userId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
    },
  })

/**
 * One saved version of a user's preferences, never changed once written, beside the head in the
 * user's partition so the history reads newest first by a Query and goes with the user. The
 * number is zero-padded in the key so it sorts as a number.
 */
export const preferenceVersionEntity = () =>
  new Entity({
    model: { service, entity: 'preferenceVersion', version: '1' },
    attributes: {
      userId: { type: 'string', required: true, readOnly: true },
      version: {
        type: 'number',
        required: true,
        readOnly: true,
        padding: { length: 8, char: '0' },
      },
      ...settings,
    },
    indexes: {
      byUser: {
        pk: { field: fields.primary.pk, composite: ['userId'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['version'] },
      },
    },
  })
