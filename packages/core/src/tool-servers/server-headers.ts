import type { SecretCipher, StoredToolServer } from '../ports/tool-server-repository'

/** A server's header values, decrypted (none when it has none). */
export async function decryptHeaders(
  cipher: SecretCipher,
  server: Pick<StoredToolServer, 'workspaceId' | 'encryptedHeaders'>,
): Promise<Record<string, string>> {
  if (!server.encryptedHeaders) return {}
  const plaintext = await cipher.decrypt(server.encryptedHeaders, {
    workspaceId: server.workspaceId,
  })
  return JSON.parse(plaintext) as Record<string, string>
}

/** Header values as one ciphertext; undefined when there are none. */
export async function encryptHeaders(
  cipher: SecretCipher,
  workspaceId: string,
  headers: Record<string, string>,
): Promise<string | undefined> {
  if (Object.keys(headers).length === 0) return undefined
  return cipher.encrypt(JSON.stringify(headers), { workspaceId })
}
