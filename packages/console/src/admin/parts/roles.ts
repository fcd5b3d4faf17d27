// The roles a member can be given (the owner's is fixed), as the selects offer them.
import type { Schemas } from '@chatter/sdk'

export type AssignableRole = Exclude<Schemas['Member']['role'], 'owner'>

export const roles: { value: AssignableRole; label: string }[] = [
  { value: 'admin', label: 'Admin' },
  { value: 'member', label: 'Member' },
  { value: 'viewer', label: 'Viewer' },
]
