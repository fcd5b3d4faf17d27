import type { User } from '../ports/user-repository'

/** A user as the API shows them: never the password hash. */
export interface PublicUser {
  id: string
  email: string
  name: string | null
  role: User['role']
  disabled: boolean
  createdAt: string
}

export const publicUser = (user: User): PublicUser => ({
  id: user.id,
  email: user.email,
  name: user.name ?? null,
  role: user.role,
  disabled: user.disabled,
  createdAt: user.createdAt,
})
