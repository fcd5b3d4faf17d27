import { jwtVerify, SignJWT } from 'jose'
import { DomainError } from '../errors'
import type { AccessTokenClaims, AccessTokenSigner } from '../ports/security'

const issuer = 'chatter'
const audience = 'chatter-api'

/**
 * Short-lived access tokens: HS256 JWTs signed with a secret of at least 32 bytes (from Secrets
 * Manager in AWS; generated once into the data folder locally). Any problem with a presented
 * token (bad signature, expired, wrong issuer) is `auth.unauthenticated`.
 */
export class JwtAccessTokenSigner implements AccessTokenSigner {
  private readonly key: Uint8Array

  constructor(
    secret: string | Uint8Array,
    private readonly ttlSeconds: number,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret
    if (this.key.length < 32) throw new Error('The access-token secret must be at least 32 bytes')
  }

  async sign(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(this.clock().getTime() / 1000)
    const expiresAt = new Date((now + this.ttlSeconds) * 1000)
    const token = await new SignJWT({ sid: claims.sid, role: claims.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .sign(this.key)
    return { token, expiresAt }
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer,
        audience,
        algorithms: ['HS256'],
        currentDate: this.clock(),
      })
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string')
        throw new Error('claims')
      return {
        sub: payload.sub,
        sid: payload.sid,
        role: payload.role === 'admin' ? 'admin' : 'user',
      }
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED'
      throw new DomainError(
        'auth.unauthenticated',
        expired ? 'The access token has expired; refresh it.' : 'The access token is not valid.',
      )
    }
  }
}
