import type { z } from 'zod'
import { DomainError } from '../errors'

/**
 * The input as the schema outputs it, or a 422 naming every bad field by its path (the same
 * shape the API's validation answers), so a use case called from anywhere checks its input.
 */
export function parsedInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  throw new DomainError(
    'request.invalid',
    errors.length === 1 ? (errors[0]?.message ?? 'Invalid input.') : 'The search is invalid.',
    { errors },
  )
}
