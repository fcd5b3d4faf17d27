import { hashSecret, newSecret } from '../ids/ids'

const marker = 'chk_'

/**
 * A new API key secret (`chk_` + 43 URL-safe characters), the prefix shown in lists, and the
 * hash that is all the platform stores.
 */
export function newApiKeySecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${marker}${newSecret(32)}`
  return { secret, prefix: secret.slice(0, 12), hash: hashSecret(secret) }
}

/** Whether a bearer credential is an API key (as opposed to an access token). */
export const looksLikeApiKey = (credential: string): boolean => credential.startsWith(marker)
