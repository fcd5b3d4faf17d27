import {
  DomainError,
  type NewUser,
  normalizeEmail,
  type Page,
  type PageRequest,
  type User,
  type UserChanges,
  type UserRepository,
} from '@chatter/core'
import { createConversions } from 'electrodb'
import { isConditionFailure } from './errors'
import { queryPage } from './pagination'
import type { ChatterTable, UserItem } from './table'
import { failedAt, writeTransaction } from './transactions'

/**
 * Users in the single table. An email is claimed by its own item, written in the same
 * transaction as the user, so two users can never share an email even under concurrent sign-ups.
 * @example const users = new DynamoUserRepository(createTable(document, tableName))
 */
export class DynamoUserRepository implements UserRepository {
  constructor(
    private readonly table: ChatterTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(input: NewUser): Promise<User> {
    const now = this.clock().toISOString()
    const user: User = {
      id: input.id,
      email: normalizeEmail(input.email),
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.passwordHash === undefined ? {} : { passwordHash: input.passwordHash }),
      role: input.role ?? 'user',
      disabled: input.disabled ?? false,
      createdAt: now,
      updatedAt: now,
    }
    // ElectroDB's create adds attribute_not_exists on the keys of both items.
    const codes = await writeTransaction(() =>
      this.table.transaction
        .write(({ user: users, userEmail }) => [
          userEmail
            .create({ email: user.email, userId: user.id, createdAt: now, updatedAt: now })
            .commit(),
          users.create(user).commit(),
        ])
        .go(),
    )
    if (codes && failedAt(codes, 0)) {
      throw new DomainError('resource.conflict', 'A user with this email already exists.')
    }
    if (codes) throw new DomainError('resource.conflict', 'A user with this id already exists.')
    return user
  }

  async getById(id: string): Promise<User | undefined> {
    // Consistent: sign-up is usually followed at once by a sign-in reading the same user.
    const { data } = await this.table.entities.user.get({ id }).go({ consistent: true })
    return data ? toUser(data) : undefined
  }

  async getByEmail(email: string): Promise<User | undefined> {
    const { data: claim } = await this.table.entities.userEmail
      .get({ email: normalizeEmail(email) })
      .go({ consistent: true })
    return claim ? this.getById(claim.userId) : undefined
  }

  async update(id: string, changes: UserChanges): Promise<User> {
    const set = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    ) as UserChanges
    try {
      const { data } = await this.table.entities.user
        .patch({ id })
        .set({ ...set, updatedAt: this.clock().toISOString() })
        .go({ response: 'all_new' })
      return toUser(data)
    } catch (error) {
      // patch() only updates an existing item: a failed condition means no such user.
      if (isConditionFailure(error)) throw new DomainError('resource.notFound', 'No such user.')
      throw error
    }
  }

  list(page: PageRequest): Promise<Page<User>> {
    const users = this.table.entities.user
    return queryPage(
      page,
      (options) => users.query.all({}).go({ ...options, order: 'asc' }),
      (item) => createConversions(users).byAccessPattern.all.fromComposite.toCursor(item),
      toUser,
    )
  }

  async claimFirstUser(userId: string): Promise<boolean> {
    try {
      await this.table.entities.platformClaim.create({ claim: 'firstUser', userId }).go()
      return true
    } catch (error) {
      if (isConditionFailure(error)) return false
      throw error
    }
  }

  /** The email claim goes first: a rerun after a failure between the two still finds the user. */
  async delete(id: string): Promise<boolean> {
    const { user, userEmail } = this.table.entities
    const { data } = await user.get({ id }).go({ consistent: true })
    if (!data) return false
    const { data: claim } = await userEmail.get({ email: data.email }).go({ consistent: true })
    if (claim?.userId === id) await userEmail.delete({ email: data.email }).go()
    await user.delete({ id }).go()
    return true
  }
}

function toUser(item: UserItem): User {
  return {
    id: item.id,
    email: item.email,
    ...(item.name === undefined ? {} : { name: item.name }),
    ...(item.passwordHash === undefined ? {} : { passwordHash: item.passwordHash }),
    role: item.role,
    disabled: item.disabled,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  }
}
