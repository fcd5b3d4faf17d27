import {
  DomainError,
  type Page,
  type PageRequest,
  type PreferenceRepository,
  type Preferences,
  type PreferenceVersion,
  preferenceVersionsKept,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { deleteAll } from './batch'
import { queryPage } from './pagination'
import type { ChatterTable, PreferencesItem, PreferenceVersionItem } from './table'
import { writeTransaction } from './transactions'

/**
 * Per-user preferences in the user's own partition: the head item (the current version) and one
 * item per version. A save writes the head (conditional on the version read: created for the
 * first save, replaced after), the new version, and deletes the version
 * `preferenceVersionsKept` older, all in one transaction, so two concurrent saves cannot both
 * become version n+1 and no more than the last 20 versions are ever kept.
 * @example const preferences = new DynamoPreferenceRepository(createTable(document, tableName))
 */
export class DynamoPreferenceRepository implements PreferenceRepository {
  constructor(private readonly table: ChatterTable) {}

  async get(userId: string): Promise<Preferences | undefined> {
    const { data } = await this.table.entities.preferences.get({ userId }).go({ consistent: true })
    return data ? toPreferences(data) : undefined
  }

  async put(preferences: PreferenceVersion, expectedVersion: number): Promise<Preferences> {
    if (preferences.version !== expectedVersion + 1)
      throw new Error(`Version ${preferences.version} does not follow ${expectedVersion}.`)
    const item = toItem(preferences)
    const { userId, version } = item
    const oldest = version - preferenceVersionsKept
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ preferences: head, preferenceVersion }) => [
          expectedVersion === 0
            ? head.create(item).commit()
            : head
                .put(item)
                .where((attr, { eq }) => eq(attr.version, expectedVersion))
                .commit(),
          preferenceVersion.create(item).commit(),
          ...(oldest > 0 ? [preferenceVersion.delete({ userId, version: oldest }).commit()] : []),
        ])
        .go(),
    )
    if (codes)
      throw new DomainError(
        'resource.conflict',
        'Your preferences changed meanwhile: read them again and retry.',
      )
    return toPreferences(item)
  }

  listVersions(userId: string, page: PageRequest): Promise<Page<PreferenceVersion>> {
    const { preferenceVersion } = this.table.entities
    return queryPage(
      page,
      (options) => preferenceVersion.query.byUser({ userId }).go({ ...options, order: 'desc' }),
      (item) =>
        createConversions(preferenceVersion).byAccessPattern.byUser.fromComposite.toCursor(item),
      toPreferences,
    )
  }

  /** Removes the head first, so the preferences are gone at once even if the versions lag. */
  async deleteAll(userId: string): Promise<number> {
    const { preferences, preferenceVersion } = this.table.entities
    const { data: head } = await preferences.get({ userId }).go({ consistent: true })
    if (head) await preferences.delete({ userId }).go()
    const { data } = await preferenceVersion.query
      .byUser({ userId })
      .go({ pages: 'all', consistent: true, attributes: ['userId', 'version'] })
    const versions = await deleteAll(
      data.map(({ version }) => ({ userId, version })),
      (batch) => preferenceVersion.delete(batch).go(),
    )
    return (head ? 1 : 0) + versions
  }
}

function toItem(preferences: PreferenceVersion) {
  return {
    userId: preferences.userId,
    version: preferences.version,
    ...(preferences.defaultProfileId === undefined
      ? {}
      : { defaultProfileId: preferences.defaultProfileId }),
    ...(preferences.language === undefined ? {} : { language: preferences.language }),
    streaming: preferences.streaming,
    ...(preferences.memoryWindow === undefined ? {} : { memoryWindow: preferences.memoryWindow }),
    toolsEnabled: preferences.toolsEnabled,
    updatedAt: preferences.updatedAt,
    updatedBy: preferences.updatedBy,
  }
}

function toPreferences(item: PreferencesItem | PreferenceVersionItem): PreferenceVersion {
  return {
    userId: item.userId,
    ...(item.defaultProfileId === undefined ? {} : { defaultProfileId: item.defaultProfileId }),
    ...(item.language === undefined ? {} : { language: item.language }),
    streaming: item.streaming,
    ...(item.memoryWindow === undefined ? {} : { memoryWindow: item.memoryWindow }),
    toolsEnabled: item.toolsEnabled,
    version: item.version,
    updatedAt: item.updatedAt,
    updatedBy: item.updatedBy,
  }
}
