import type { PageRequest } from '../pagination'
import {
  type NewUser,
  normalizeEmail,
  type User,
  type UserChanges,
  type UserRepository,
} from '../ports/user-repository'
import { conflict, notFound, paginate } from './paginate'

/** In-memory `UserRepository` for unit tests; the DynamoDB adapter is the real one. */
export class InMemoryUsers implements UserRepository {
  readonly byId = new Map<string, User>()
  #firstUser: string | undefined

  async create(input: NewUser): Promise<User> {
    const email = normalizeEmail(input.email)
    if (this.byId.has(input.id) || [...this.byId.values()].some((user) => user.email === email)) {
      throw conflict('A user with this email already exists.')
    }
    const now = new Date().toISOString()
    const user: User = {
      role: 'user',
      disabled: false,
      ...input,
      email,
      createdAt: now,
      updatedAt: now,
    }
    this.byId.set(user.id, user)
    return { ...user }
  }

  async getById(id: string) {
    const user = this.byId.get(id)
    return user && { ...user }
  }

  async getByEmail(email: string) {
    const wanted = normalizeEmail(email)
    const user = [...this.byId.values()].find((candidate) => candidate.email === wanted)
    return user && { ...user }
  }

  async update(id: string, changes: UserChanges) {
    const user = this.byId.get(id)
    if (!user) throw notFound('No such user.')
    const updated = { ...user, ...changes, updatedAt: new Date().toISOString() }
    this.byId.set(id, updated)
    return { ...updated }
  }

  async list(page: PageRequest) {
    return paginate([...this.byId.values()], page)
  }

  async claimFirstUser(userId: string) {
    if (this.#firstUser) return false
    this.#firstUser = userId
    return true
  }

  async delete(id: string) {
    return this.byId.delete(id)
  }
}
