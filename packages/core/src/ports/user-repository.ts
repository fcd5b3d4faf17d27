import type { Page, PageRequest } from '../pagination'

export type UserRole = 'user' | 'admin'

export interface User {
  id: string
  /** Always normalised (trimmed, lower case): see `normalizeEmail`. */
  email: string
  name?: string
  passwordHash?: string
  role: UserRole
  disabled: boolean
  /** ISO 8601 timestamps. */
  createdAt: string
  updatedAt: string
}

/** What a caller supplies to create a user; the repository stamps the timestamps. */
export interface NewUser {
  /** Chosen by the caller (use case), so a retried create cannot mint a second user. */
  id: string
  email: string
  name?: string
  passwordHash?: string
  role?: UserRole
  disabled?: boolean
}

/**
 * The form an email address is stored and looked up in. Emails are unique case-insensitively:
 * `Ada@Example.com` and `ada@example.com` are the same account.
 */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase()

/** Users and their unique email addresses. */
export interface UserRepository {
  /**
   * Stores a new user and claims its email atomically.
   * Throws `DomainError('resource.conflict')` when the email (in any casing) or the id is taken.
   */
  create(user: NewUser): Promise<User>
  getById(id: string): Promise<User | undefined>
  /** Case-insensitive. */
  getByEmail(email: string): Promise<User | undefined>
  /** Changes the given fields; throws `resource.notFound` for an unknown id. */
  update(id: string, changes: UserChanges): Promise<User>
  /** Every user, oldest first (platform administrators). */
  list(page: PageRequest): Promise<Page<User>>
  /**
   * Claims "first user of the platform" for `userId`, once per table ever (a conditional write,
   * so two simultaneous first sign-ups cannot both win). Resolves whether this call won.
   */
  claimFirstUser(userId: string): Promise<boolean>
  /** Deletes the user and their email record (account deletion); resolves whether it existed. */
  delete(id: string): Promise<boolean>
}

export interface UserChanges {
  name?: string
  passwordHash?: string
  role?: UserRole
  disabled?: boolean
}
