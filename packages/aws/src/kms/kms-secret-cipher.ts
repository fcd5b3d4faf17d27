import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms'
import type { SecretCipher } from '@chatter/core'

const prefix = 'kms1:'

/**
 * Encrypts small secrets (a tool server's headers, well under KMS's 4 KB limit) with a KMS key,
 * binding the workspace id as encryption context: a ciphertext copied to another workspace does
 * not decrypt, and CloudTrail shows which workspace each use was for.
 * @example const cipher = new KmsSecretCipher(new KMSClient({}), config.TOOL_SECRETS_KEY_ID)
 */
export class KmsSecretCipher implements SecretCipher {
  constructor(
    private readonly kms: Pick<KMSClient, 'send'>,
    private readonly keyId: string,
  ) {}

  async encrypt(plaintext: string, context: { workspaceId: string }): Promise<string> {
    const { CiphertextBlob } = await this.kms.send(
      new EncryptCommand({
        KeyId: this.keyId,
        Plaintext: new TextEncoder().encode(plaintext),
        EncryptionContext: { workspaceId: context.workspaceId },
      }),
    )
    if (!CiphertextBlob) throw new Error('KMS returned no ciphertext.')
    return prefix + Buffer.from(CiphertextBlob).toString('base64')
  }

  async decrypt(ciphertext: string, context: { workspaceId: string }): Promise<string> {
    if (!ciphertext.startsWith(prefix)) throw new Error('Not a KMS ciphertext.')
    const { Plaintext } = await this.kms.send(
      new DecryptCommand({
        KeyId: this.keyId,
        CiphertextBlob: Buffer.from(ciphertext.slice(prefix.length), 'base64'),
        EncryptionContext: { workspaceId: context.workspaceId },
      }),
    )
    if (!Plaintext) throw new Error('KMS returned no plaintext.')
    return new TextDecoder().decode(Plaintext)
  }
}
