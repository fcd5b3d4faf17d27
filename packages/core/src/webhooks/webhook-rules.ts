import { DomainError, type FieldError } from '../errors'
import { platformEventTypes } from '../ports/platform-events'
import { isPrivateHost } from '../tool-servers/private-address'
import type { WebhookSettings } from './webhook-services'

export const webhookLimits = {
  url: 2048,
  description: 500,
  secretMin: 16,
  secretMax: 256,
} as const

export interface WebhookFields {
  url?: string
  events?: string[]
  description?: string | null
  secret?: string
}

/** Every problem with the given fields, by field path (`json.url`, ...); empty when fine. */
export function webhookProblems(fields: WebhookFields, settings: WebhookSettings): FieldError[] {
  const errors: FieldError[] = []
  const add = (path: string, message: string) => errors.push({ path: `json.${path}`, message })
  if (fields.url !== undefined) {
    const problem = webhookUrlProblem(fields.url, settings)
    if (problem) add('url', problem)
  }
  if (fields.events !== undefined) {
    if (fields.events.length === 0) add('events', 'Name at least one event type, or "*".')
    const known = new Set<string>(['*', ...platformEventTypes])
    fields.events.forEach((type, index) => {
      if (!known.has(type))
        add(`events.${index}`, `Give "*" or one of: ${platformEventTypes.join(', ')}.`)
    })
    if (fields.events.includes('*') && fields.events.length > 1)
      add('events', '"*" already means every event: give it alone.')
  }
  if (
    typeof fields.description === 'string' &&
    fields.description.length > webhookLimits.description
  )
    add('description', `A description is at most ${webhookLimits.description} characters.`)
  if (fields.secret !== undefined) {
    const { secretMin, secretMax } = webhookLimits
    if (fields.secret.length < secretMin || fields.secret.length > secretMax)
      add('secret', `A secret is ${secretMin} to ${secretMax} characters.`)
    else if (/[\s\0]/.test(fields.secret)) add('secret', 'A secret may not contain whitespace.')
  }
  return errors
}

/** Why an endpoint URL is refused under `settings`, or undefined (checked again at delivery). */
export function webhookUrlProblem(text: string, settings: WebhookSettings): string | undefined {
  if (text.length > webhookLimits.url) return `A URL is at most ${webhookLimits.url} characters.`
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'Give an absolute https URL.'
  }
  if (url.protocol !== 'https:' && (settings.requireHttps || url.protocol !== 'http:'))
    return settings.requireHttps ? 'Only https URLs are allowed.' : 'Give an http or https URL.'
  if (url.username || url.password) return 'A webhook URL may not carry credentials.'
  if (!settings.allowPrivateNetworks && isPrivateHost(url.hostname))
    return 'Private addresses are not allowed: give an endpoint reachable on the public internet.'
  return undefined
}

/** Throws a 422 listing every problem. */
export function assertWebhookFields(fields: WebhookFields, settings: WebhookSettings): void {
  const errors = webhookProblems(fields, settings)
  const [first] = errors
  if (first)
    throw new DomainError(
      'request.invalid',
      errors.length === 1 ? first.message : 'The webhook has invalid settings.',
      { errors },
    )
}

export const webhookNotFound = () =>
  new DomainError('resource.notFound', 'No webhook with this id in this workspace.')

export const deliveryNotFound = () =>
  new DomainError('resource.notFound', 'No delivery with this id for this webhook.')
