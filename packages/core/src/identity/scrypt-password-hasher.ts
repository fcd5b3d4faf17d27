import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'
import type { PasswordHasher } from '../ports/security'

const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  )

/** OWASP's scrypt minimum (N=2^17, r=8, p=1): ~128 MiB and ~0.2-0.4 s per hash on one core. */
export const defaultScryptCost = { N: 2 ** 17, r: 8, p: 1 } as const

/**
 * Passwords hashed with scrypt, a memory-hard KDF from node:crypto, in a self-describing format
 * (`scrypt$N$r$p$salt$key`), so the cost can rise later without breaking stored hashes.
 */
export class ScryptPasswordHasher implements PasswordHasher {
  constructor(private readonly cost: { N: number; r: number; p: number } = defaultScryptCost) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16)
    const key = await scryptAsync(password.normalize('NFKC'), salt, 32, this.options(this.cost))
    const { N, r, p } = this.cost
    return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [scheme, N, r, p, salt, key] = stored.split('$')
    if (scheme !== 'scrypt' || !salt || !key) return false
    const expected = Buffer.from(key, 'base64url')
    const cost = { N: Number(N), r: Number(r), p: Number(p) }
    const actual = await scryptAsync(
      password.normalize('NFKC'),
      Buffer.from(salt, 'base64url'),
      expected.length,
      this.options(cost),
    )
    return timingSafeEqual(actual, expected)
  }

  // Node refuses N*r*128 above maxmem (32 MiB by default); allow the cost in use.
  private options({ N, r, p }: { N: number; r: number; p: number }): ScryptOptions {
    return { N, r, p, maxmem: 128 * N * r * 2 }
  }
}
