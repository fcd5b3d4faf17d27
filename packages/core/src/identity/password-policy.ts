import { DomainError, type FieldError } from '../errors'
import { normalizeEmail } from '../ports/user-repository'

export const minPasswordLength = 12
export const maxPasswordLength = 256

/**
 * Why `password` is not acceptable, one clear sentence per broken rule (empty when it is fine).
 * Length counts characters as the hasher sees them (NFKC, code points), so "é" counts once.
 * Length beats composition rules (NIST SP 800-63B): no "one digit, one symbol" requirements.
 */
export function passwordProblems(password: string, context: { email?: string } = {}): string[] {
  const characters = [...password.normalize('NFKC')]
  const problems: string[] = []
  if (characters.length < minPasswordLength)
    problems.push(`Use at least ${minPasswordLength} characters.`)
  if (characters.length > maxPasswordLength)
    problems.push(`Use at most ${maxPasswordLength} characters.`)
  if (characters.length > 1 && new Set(characters).size === 1)
    problems.push('Use more than one distinct character.')
  if (context.email && normalizeEmail(password) === normalizeEmail(context.email))
    problems.push('Do not use your email address as your password.')
  return problems
}

/** Throws `request.invalid` listing every broken rule under `path` (e.g. `newPassword`). */
export function assertPasswordPolicy(
  password: string,
  context: { email?: string; path?: string } = {},
): void {
  const problems = passwordProblems(password, context)
  if (problems.length === 0) return
  const path = context.path ?? 'password'
  const errors: FieldError[] = problems.map((message) => ({ path, message }))
  throw new DomainError('request.invalid', 'The password does not meet the password policy.', {
    errors,
  })
}
