import { describe, expect, it } from 'vitest'
import { assertPasswordPolicy, passwordProblems } from './password-policy'

describe('password policy', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('correct horse battery staple', { email: 'ada@example.com' })).toEqual(
      [],
    )
  })

  it('explains each broken rule in its own sentence', () => {
    expect(passwordProblems('short')).toEqual(['Use at least 12 characters.'])
    expect(passwordProblems('x'.repeat(257))).toEqual([
      'Use at most 256 characters.',
      'Use more than one distinct character.',
    ])
    expect(passwordProblems('aaaaaaaaaaaaaaaa')).toEqual(['Use more than one distinct character.'])
    expect(
      passwordProblems(' Ada.Lovelace@Example.com ', { email: 'ada.lovelace@example.com' }),
    ).toEqual(['Do not use your email address as your password.'])
  })

  it('counts characters, not UTF-16 units, so emoji and accents count once', () => {
    expect(passwordProblems('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toContain('Use at least 12 characters.')
    expect(passwordProblems('🔑🐍🔑🐍🔑🐍🔑🐍🔑🐍🔑🐍')).toEqual([])
  })

  it('throws a 422 naming the field, with every problem', () => {
    try {
      assertPasswordPolicy('aaaa', { path: 'newPassword' })
      expect.unreachable()
    } catch (error) {
      expect(error).toMatchObject({
        code: 'request.invalid',
        details: {
          errors: [
            { path: 'newPassword', message: 'Use at least 12 characters.' },
            { path: 'newPassword', message: 'Use more than one distinct character.' },
          ],
        },
      })
    }
  })
})
