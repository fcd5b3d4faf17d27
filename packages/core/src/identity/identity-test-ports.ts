// Test support (not exported from the package): the account use cases over in-memory fakes.
import { BucketLoginThrottle } from '../rate-limit/login-throttle'
import { defaultRateLimitPolicies } from '../rate-limit/policies'
import { inMemoryStores } from '../testing'
import type { AccountSettings } from './identity-ports'
import { JwtAccessTokenSigner } from './jwt-access-token-signer'
import { ScryptPasswordHasher } from './scrypt-password-hasher'

export const goodPassword = 'correct horse battery staple'

/**
 * Every port a use case needs, in memory, with a cheap scrypt cost and a clock tests move.
 * @example const ports = identityTestPorts(); ports.advance(60_000)
 */
export function identityTestPorts(settings: Partial<AccountSettings> = {}) {
  let now = new Date('2026-03-01T09:00:00Z')
  const clock = () => now
  const stores = inMemoryStores()
  const warnings: { message: string; fields: Record<string, unknown> }[] = []
  return {
    ...stores,
    passwords: new ScryptPasswordHasher({ N: 2 ** 10, r: 8, p: 1 }),
    tokens: new JwtAccessTokenSigner('a-test-secret-that-is-at-least-32-bytes-long', 900, clock),
    identity: {
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 30,
      firstUserAdmin: false,
      ...settings,
    },
    clock,
    throttle: new BucketLoginThrottle(stores.rateLimits, defaultRateLimitPolicies, clock),
    logger: {
      warn: (message: string, fields: Record<string, unknown>) =>
        warnings.push({ message, fields }),
    },
    warnings,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms)
    },
  }
}

export type IdentityTestPorts = ReturnType<typeof identityTestPorts>
