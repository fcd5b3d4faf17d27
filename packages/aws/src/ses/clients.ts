import { SESv2Client, type SESv2ClientConfig } from '@aws-sdk/client-sesv2'

export interface SesClientOptions {
  region: string
  /** A non-AWS endpoint; leave unset in AWS. */
  endpoint?: string
  credentials?: SESv2ClientConfig['credentials']
}

/** Creates the SES (v2) client the SES adapters share, once per cold start. */
export function createSesClient({ region, endpoint, credentials }: SesClientOptions): SESv2Client {
  return new SESv2Client({
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(credentials ? { credentials } : {}),
  })
}

/** The part of the client the adapters use; a test passes a hand-written fake. */
export type SesSender = Pick<SESv2Client, 'send'>
