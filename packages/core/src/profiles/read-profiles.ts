import type { Acting } from '../audit/acting'
import { assertPermission } from '../audit/acting'
import { DomainError } from '../errors'
import type { Page, PageRequest } from '../pagination'
import type { Profile, ProfileRepository } from '../ports/profile-repository'

export interface ProfileReadPorts {
  profiles: Pick<ProfileRepository, 'get' | 'list' | 'getDefault'>
}

// One answer for "no such profile" and "another workspace's", so ids reveal nothing.
export const profileNotFound = () =>
  new DomainError('resource.notFound', 'No such profile in this workspace.')

/** A profile of the current workspace (`read`); another workspace's id is a 404. */
export async function getProfile(
  ports: ProfileReadPorts,
  acting: Pick<Acting, 'access'>,
  input: { profileId: string },
): Promise<Profile> {
  assertPermission(acting.access, 'read')
  const profile = await ports.profiles.get(acting.access.workspaceId, input.profileId)
  if (!profile) throw profileNotFound()
  return profile
}

/** The current workspace's profiles, newest first (`read`). */
export function listProfiles(
  ports: ProfileReadPorts,
  acting: Pick<Acting, 'access'>,
  page: PageRequest,
): Promise<Page<Profile>> {
  assertPermission(acting.access, 'read')
  return ports.profiles.list(acting.access.workspaceId, page)
}

/**
 * The profile chats use when they name none (`read`): a 404 only while the workspace has no
 * profiles at all, since the first one created becomes the default.
 */
export async function getDefaultProfile(
  ports: ProfileReadPorts,
  acting: Pick<Acting, 'access'>,
): Promise<Profile> {
  assertPermission(acting.access, 'read')
  const profile = await ports.profiles.getDefault(acting.access.workspaceId)
  if (!profile)
    throw new DomainError(
      'resource.notFound',
      'This workspace has no default profile: it has no profiles yet.',
    )
  return profile
}
