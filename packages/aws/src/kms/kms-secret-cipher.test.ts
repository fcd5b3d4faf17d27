import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms'
import { mockClient } from 'aws-sdk-client-mock'
import { afterEach, describe, expect, it } from 'vitest'
import { KmsSecretCipher } from './kms-secret-cipher'

const kms = mockClient(KMSClient)
afterEach(() => kms.reset())

/** A stand-in for KMS: the "ciphertext" is the context and plaintext, refused under another context. */
function fakeKms() {
  kms
    .on(EncryptCommand)
    .callsFake((input: { Plaintext: Uint8Array; EncryptionContext: Record<string, string> }) => ({
      CiphertextBlob: new TextEncoder().encode(
        JSON.stringify({
          context: input.EncryptionContext,
          plaintext: new TextDecoder().decode(input.Plaintext),
        }),
      ),
    }))
  kms
    .on(DecryptCommand)
    .callsFake(
      (input: { CiphertextBlob: Uint8Array; EncryptionContext: Record<string, string> }) => {
        const sealed = JSON.parse(new TextDecoder().decode(input.CiphertextBlob))
        if (JSON.stringify(sealed.context) !== JSON.stringify(input.EncryptionContext))
          throw Object.assign(new Error('InvalidCiphertextException'), {
            name: 'InvalidCiphertextException',
          })
        return { Plaintext: new TextEncoder().encode(sealed.plaintext) }
      },
    )
}

describe('KmsSecretCipher', () => {
  it('encrypts with the key and the workspace as encryption context, and decrypts back', async () => {
    fakeKms()
    const cipher = new KmsSecretCipher(
      new KMSClient({ region: 'eu-west-1' }),
      'alias/chatter-tools',
    )
    const sealed = await cipher.encrypt('{"Authorization":"Bearer x"}', { workspaceId: 'ws_a' })
    expect(sealed).toMatch(/^kms1:/)
    const [encrypt] = kms.commandCalls(EncryptCommand)
    expect(encrypt?.args[0].input).toMatchObject({
      KeyId: 'alias/chatter-tools',
      EncryptionContext: { workspaceId: 'ws_a' },
    })
    expect(await cipher.decrypt(sealed, { workspaceId: 'ws_a' })).toBe(
      '{"Authorization":"Bearer x"}',
    )
    expect(kms.commandCalls(DecryptCommand)[0]?.args[0].input).toMatchObject({
      KeyId: 'alias/chatter-tools',
      EncryptionContext: { workspaceId: 'ws_a' },
    })
  })

  it('refuses a ciphertext from another workspace, or one it did not make', async () => {
    fakeKms()
    const cipher = new KmsSecretCipher(new KMSClient({ region: 'eu-west-1' }), 'key-1')
    const sealed = await cipher.encrypt('secret', { workspaceId: 'ws_a' })
    await expect(cipher.decrypt(sealed, { workspaceId: 'ws_b' })).rejects.toThrow(
      'InvalidCiphertext',
    )
    await expect(cipher.decrypt('mem:abc', { workspaceId: 'ws_a' })).rejects.toThrow('Not a KMS')
  })
})
