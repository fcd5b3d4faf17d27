import { SFNClient, type SFNClientConfig } from '@aws-sdk/client-sfn'

export interface SfnClientOptions {
  region: string
  /** A non-AWS endpoint; leave unset in AWS. */
  endpoint?: string
  credentials?: SFNClientConfig['credentials']
}

/** Creates the Step Functions client every Step Functions adapter shares, once per cold start. */
export function createSfnClient({ region, endpoint, credentials }: SfnClientOptions): SFNClient {
  return new SFNClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    ...(credentials ? { credentials } : {}),
  })
}

/** The part of the client the adapters use; a test passes a hand-written fake. */
export type SfnSender = Pick<SFNClient, 'send'>
