export * from './bedrock-probe'
export * from './clients'
