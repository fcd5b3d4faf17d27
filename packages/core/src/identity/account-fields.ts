import { z } from 'zod'
import { DomainError } from '../errors'
import { cleanDisplayName, displayNameProblem } from '../workspaces/display-name'

/** RFC 5321's limit on a forward path, which is what an address must fit in to receive mail. */
export const maxEmailLength = 254

/**
 * An email address as people may type it: surrounding spaces are trimmed; the rest must be a
 * plain ASCII address (no display names, no line breaks that could smuggle mail headers).
 */
export const emailField = z
  .string()
  .trim()
  .max(maxEmailLength, `Keep the email address to ${maxEmailLength} characters.`)
  .pipe(z.email('Enter a valid email address, like ada@example.com.'))

/** A person's display name: the same rules as workspace names (visible, 1-100 characters). */
export const personNameField = z.string().superRefine((name, context) => {
  const problem = displayNameProblem(name)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

/** Checks an email and an optional name at the use-case boundary, returning their stored forms. */
export function cleanAccountFields(input: { email: string; name?: string | undefined }): {
  email: string
  name?: string
} {
  const email = emailField.safeParse(input.email)
  const name = input.name === undefined ? undefined : personNameField.safeParse(input.name)
  const errors = [
    ...(email.success ? [] : [{ path: 'email', message: firstMessage(email.error) }]),
    ...(name && !name.success ? [{ path: 'name', message: firstMessage(name.error) }] : []),
  ]
  if (errors.length > 0 || !email.success)
    throw new DomainError('request.invalid', 'The request has invalid fields.', { errors })
  return {
    email: email.data.toLowerCase(),
    ...(input.name === undefined ? {} : { name: cleanDisplayName(input.name) }),
  }
}

const firstMessage = (error: z.ZodError) => error.issues[0]?.message ?? 'Invalid value.'
