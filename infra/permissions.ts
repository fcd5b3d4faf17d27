import { Grant, type IGrantable, type IRole } from 'aws-cdk-lib/aws-iam'
import { type IStringParameter, StringParameter } from 'aws-cdk-lib/aws-ssm'
import { Stack } from 'aws-cdk-lib/core'
import type { Construct } from 'constructs'

// Cross-region inference profiles (`us.anthropic...`) route to the model in several regions.
const inferenceProfile = /^(us|eu|apac|us-gov|jp|au|ca|global)\.(.+)$/

/**
 * The ARNs a Bedrock model id is authorised against: a foundation model in this region, or an
 * inference profile in this account plus the underlying model in whichever region it routes to.
 */
export function bedrockModelArns(scope: Construct, modelId: string): string[] {
  if (modelId.startsWith('arn:')) return [modelId]
  const { partition, region, account } = Stack.of(scope)
  const profile = inferenceProfile.exec(modelId)
  if (profile) {
    return [
      `arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`,
      `arn:${partition}:bedrock:*::foundation-model/${profile[2]}`,
    ]
  }
  return [`arn:${partition}:bedrock:${region}::foundation-model/${modelId}`]
}

/**
 * Lets `fn` call the chat model. Converse is authorised as `bedrock:InvokeModel` and
 * ConverseStream as `bedrock:InvokeModelWithResponseStream`: Bedrock has no separate actions.
 */
export function grantChat(fn: IGrantable & Construct, modelId: string): Grant {
  return Grant.addToPrincipal({
    grantee: fn,
    actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
    resourceArns: bedrockModelArns(fn, modelId),
  })
}

export function grantEmbed(fn: IGrantable & Construct, modelId: string): Grant {
  return Grant.addToPrincipal({
    grantee: fn,
    actions: ['bedrock:InvokeModel'],
    resourceArns: bedrockModelArns(fn, modelId),
  })
}

/**
 * The Pinecone API key parameter, which the operator creates (the stack never holds the secret).
 * Its `aws/ssm` key's policy already lets SSM decrypt for callers allowed to read the parameter,
 * so `grantRead` on it is enough.
 */
export function pineconeApiKey(scope: Construct, parameterName: string): IStringParameter {
  return StringParameter.fromSecureStringParameterAttributes(scope, 'PineconeApiKey', {
    parameterName,
  })
}

/**
 * Lets `fn` run user-defined workflows: create, update and delete the state machines named with
 * `prefix` (the app creates one per workflow version at run time), start, describe and stop their
 * executions, answer approval task tokens, and hand `role` to Step Functions as their role.
 * Task tokens name no resource, so SendTaskSuccess/Failure cannot be scoped.
 */
export function grantRunWorkflows(
  fn: IGrantable,
  { role, prefix, stack }: { role: IRole; prefix: string; stack: Stack },
): void {
  const { partition, region, account } = stack
  const states = `arn:${partition}:states:${region}:${account}`
  Grant.addToPrincipal({
    grantee: fn,
    actions: [
      'states:CreateStateMachine',
      'states:UpdateStateMachine',
      'states:DescribeStateMachine',
      'states:DeleteStateMachine',
      'states:TagResource',
      'states:StartExecution',
    ],
    resourceArns: [`${states}:stateMachine:${prefix}*`],
  })
  Grant.addToPrincipal({
    grantee: fn,
    actions: ['states:DescribeExecution', 'states:StopExecution'],
    resourceArns: [`${states}:execution:${prefix}*:*`],
  })
  Grant.addToPrincipal({
    grantee: fn,
    actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
    resourceArns: ['*'],
  })
  role.grantPassRole(fn.grantPrincipal)
}

/**
 * Lets `fn` mail report runs through SES from `settings.reportEmailFrom`, and passes it that
 * sender; nothing when the deployer set none. SES authorises a send against the identities
 * involved (the sender's, and in the sandbox the recipients'), so it is scoped to identities.
 */
export function grantReportEmails(
  fn: IGrantable & Construct & { addEnvironment(key: string, value: string): unknown },
  settings: { reportEmailFrom?: string },
): Grant | undefined {
  if (!settings.reportEmailFrom) return undefined
  fn.addEnvironment('REPORT_EMAIL_FROM', settings.reportEmailFrom)
  const { partition, region, account } = Stack.of(fn)
  return Grant.addToPrincipal({
    grantee: fn,
    actions: ['ses:SendEmail', 'ses:SendRawEmail'],
    resourceArns: [`arn:${partition}:ses:${region}:${account}:identity/*`],
  })
}
