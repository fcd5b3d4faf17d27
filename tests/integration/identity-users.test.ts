import { randomUUID } from 'node:crypto'
import { DynamoUserRepository } from '@chatter/aws'
import { DomainError } from '@chatter/core'
import { describe, expect, it } from 'vitest'
import { freshTable, tickingClock, walkPages } from '../support/dynamodb'

describe('DynamoUserRepository: update, list, claimFirstUser', () => {
  it('updates the given fields only and stamps updatedAt', async () => {
    const users = new DynamoUserRepository((await freshTable()).table, tickingClock())
    const user = await users.create({ id: randomUUID(), email: 'ada@example.com', name: 'Ada' })

    const updated = await users.update(user.id, { role: 'admin', disabled: true, name: undefined })
    expect(updated).toEqual({
      ...user,
      role: 'admin',
      disabled: true,
      updatedAt: expect.any(String),
    })
    expect(updated.updatedAt > user.updatedAt).toBe(true)
    await expect(users.getById(user.id)).resolves.toEqual(updated)
    await expect(users.getByEmail('ada@example.com')).resolves.toEqual(updated)

    const renamed = await users.update(user.id, { name: 'Ada L.', passwordHash: 'scrypt$x' })
    expect(renamed).toMatchObject({ name: 'Ada L.', passwordHash: 'scrypt$x', role: 'admin' })
  })

  it('refuses to update an unknown user, creating nothing', async () => {
    const users = new DynamoUserRepository((await freshTable()).table)
    const id = randomUUID()
    const error = await users.update(id, { name: 'Ghost' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code: 'resource.notFound' })
    await expect(users.getById(id)).resolves.toBeUndefined()
  })

  it('lists every user oldest first, two per page over five', async () => {
    const users = new DynamoUserRepository((await freshTable()).table, tickingClock())
    const created = []
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      created.push(await users.create({ id: randomUUID(), email: `${name}@example.com` }))
    }
    const pages = await walkPages((page) => users.list(page), 2)
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1])
    expect(pages.at(-1)?.nextCursor).toBeNull()
    expect(pages.flatMap((page) => page.items)).toEqual(created)
    // An exactly full last page ends the list too, instead of promising an empty page.
    const [first, second] = await walkPages((page) => users.list(page), 5)
    expect(first?.items).toHaveLength(5)
    expect(first?.nextCursor).toBeNull()
    expect(second).toBeUndefined()
  })

  it('refuses a forged or foreign cursor as an invalid request', async () => {
    const users = new DynamoUserRepository((await freshTable()).table, tickingClock())
    for (const name of ['a', 'b', 'c']) {
      await users.create({ id: randomUUID(), email: `${name}@example.com` })
    }
    for (const cursor of [
      'not a cursor',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from(JSON.stringify({ pk: 'x', sk: 'y' })).toString('base64url'),
    ]) {
      await expect(users.list({ limit: 2, cursor })).rejects.toMatchObject({
        code: 'request.invalid',
      })
    }
  })

  it('lets exactly one caller claim the first user, once per table', async () => {
    const users = new DynamoUserRepository((await freshTable()).table)
    const results = await Promise.all(
      ['u1', 'u2', 'u3', 'u4'].map((userId) => users.claimFirstUser(userId)),
    )
    expect(results.filter(Boolean)).toHaveLength(1)
    await expect(users.claimFirstUser('u5')).resolves.toBe(false)
    // A fresh table has its own claim.
    const other = new DynamoUserRepository((await freshTable()).table)
    await expect(other.claimFirstUser('u1')).resolves.toBe(true)
  })
})
