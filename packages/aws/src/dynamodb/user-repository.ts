import {
  DomainError,
  type NewUser,
  normalizeEmail,
  type User,
  type UserRepository,
} from '@chatter/core'
import type { TransactionItemCode } from 'electrodb'
import type { ChatterTable, UserItem } from './table'

/** DynamoDB rarely cancels a transaction for a concurrent one on the same item; retrying is safe. */
const maxAttempts = 3

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
    for (let attempt = 1; ; attempt++) {
      // ElectroDB's create adds attribute_not_exists on the keys of both items.
      const result = await this.table.transaction
        .write(({ user: users, userEmail }) => [
          userEmail
            .create({ email: user.email, userId: user.id, createdAt: now, updatedAt: now })
            .commit(),
          users.create(user).commit(),
        ])
        .go()
      // A cancelled transaction resolves (it does not throw) and has written nothing.
      if (!result.canceled) return user
      const [claim, item] = result.data.map((entry) => entry.code)
      if (claim === 'ConditionalCheckFailed') {
        throw new DomainError('resource.conflict', 'A user with this email already exists.')
      }
      if (item === 'ConditionalCheckFailed') {
        throw new DomainError('resource.conflict', 'A user with this id already exists.')
      }
      if (!isRetryable([claim, item]) || attempt >= maxAttempts) {
        throw new Error(`User transaction cancelled: ${claim ?? 'None'}, ${item ?? 'None'}`)
      }
    }
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
}

const isRetryable = (codes: (TransactionItemCode | undefined)[]) =>
  codes.some((code) => code === 'TransactionConflict' || code === 'ThrottlingError')

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
