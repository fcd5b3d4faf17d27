import { Entity } from 'electrodb'
import { fields, service, ttl } from './shared'

/**
 * The usage counters of one scope (a workspace id, or `*` for the platform) on one UTC day
 * (DESIGN §6: "usage counters by workspace and day (and model)"): pk scope, sk day, so a range
 * of days is one Query, and the breakdowns by model, profile, agent and tool live in the day's
 * item rather than in keys of their own. The counters themselves are top-level
 * number attributes named `c#<counter>` (`c#tokensIn`, `c#model#<id>#tokensIn`, `c#lat#12`),
 * written by raw UpdateItem `ADD`s (see ../usage-counters): ADD creates a missing top-level
 * attribute, and the item, in one call, where ADD into a nested map fails until the map exists.
 * Only the keys are declared here.
 */
export const usageDayEntity = () =>
  new Entity({
    model: { service, entity: 'usageDay', version: '1' },
    attributes: {
      scope: { type: 'string', required: true, readOnly: true },
      day: { type: 'string', required: true, readOnly: true },
    },
    indexes: {
      byScope: {
        pk: { field: fields.primary.pk, composite: ['scope'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: ['day'], casing: 'none' },
      },
    },
  })

/**
 * A one-time marker of usage counting (`event#<id>`, `active#<scope>#<day>#<userId>`), taken by
 * a conditional create and expired through TTL. Kept exactly as given: ids are case-sensitive.
 */
export const usageMarkerEntity = () =>
  new Entity({
    model: { service, entity: 'usageMarker', version: '1' },
    attributes: {
      marker: { type: 'string', required: true, readOnly: true },
      ttl,
    },
    indexes: {
      byMarker: {
        pk: { field: fields.primary.pk, composite: ['marker'], casing: 'none' },
        sk: { field: fields.primary.sk, composite: [] },
      },
    },
  })
