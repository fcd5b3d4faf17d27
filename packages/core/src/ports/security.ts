/** Password hashing with a memory-hard KDF (scrypt). */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(password: string, hash: string): Promise<boolean>
}

/** The claims of a short-lived access token. */
export interface AccessTokenClaims {
  /** The user id. */
  sub: string
  /** The refresh-token family (session). */
  sid: string
  /** Platform role at issue time. */
  role: 'user' | 'admin'
}

/** Signs and verifies access tokens (JWT). Verification throws on a bad or expired token. */
export interface AccessTokenSigner {
  sign(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }>
  verify(token: string): Promise<AccessTokenClaims>
}
