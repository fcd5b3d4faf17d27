// Placeholder: replaced by the DynamoDB Local global setup.
export default async function setup(): Promise<void> {}
