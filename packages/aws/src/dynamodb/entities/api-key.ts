import { type ApiKeyScope, apiKeyScopes } from '@chatter/core'
import { Entity } from 'electrodb'
import { fields, service } from './shared'

export const isApiKeyScope = (scope: string): scope is ApiKeyScope =>
  (apiKeyScopes as readonly string[]).includes(scope)

export const apiKeyEntity = () =>
  new Entity({
    model: { service, entity: 'apiKey', version: '1' },
    attributes: {
      hash: { type: 'string', required: true, readOnly: true },
      id: { type: 'string', required: true, readOnly: true },
      workspaceId: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      prefix: { type: 'string', required: true, readOnly: true },
      scopes: {
        type: 'list',
        required: true,
        items: { type: 'string', validate: (scope) => isApiKeyScope(scope) },
      },
      createdBy: { type: 'string', required: true, readOnly: true },
      createdAt: { type: 'string', required: true, readOnly: true },
      lastUsedAt: { type: 'string' },
      // Not a TTL: an expired key is refused by the authenticator but stays listed.
      expiresAt: { type: 'string', field: fields.expiresAtIso },
      revokedAt: { type: 'string' },
    },
    indexes: {
      // Every request presenting a key reads this: one strongly consistent GetItem, no GSI lag.
      byHash: {
        pk: { field: fields.primary.pk, composite: ['hash'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
      byWorkspace: {
        index: fields.gsi1.index,
        pk: { field: fields.gsi1.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi1.sk, composite: ['createdAt', 'id'] },
      },
      // Finds a key's hash (its primary key) from the id a management route names.
      byWorkspaceAndId: {
        index: fields.gsi2.index,
        pk: { field: fields.gsi2.pk, composite: ['workspaceId'] },
        sk: { field: fields.gsi2.sk, composite: ['id'] },
      },
    },
  })
