import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime'

/** Creates the Bedrock runtime client once per cold start. */
export function createBedrockClient({ region }: { region: string }): BedrockRuntimeClient {
  return new BedrockRuntimeClient({ region })
}
