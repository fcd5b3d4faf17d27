// Reading synthesized CloudFormation: follow references across stacks and find the resources a
// resource declaration in @chatter/resources turned into.
import type { Template } from 'aws-cdk-lib/assertions'
import { expect } from 'vitest'

export const ref = (logicalId: string) => ({ Ref: logicalId })
export const arnOf = (logicalId: string) => ({ 'Fn::GetAtt': [logicalId, 'Arn'] })

/** The logical id of the one resource of `type` whose properties match `properties`. */
export function logicalId(template: Template, type: string, properties?: object): string {
  const found = Object.keys(
    template.findResources(type, properties ? { Properties: properties } : undefined),
  )
  expect(found, `exactly one ${type} matching ${JSON.stringify(properties)}`).toHaveLength(1)
  return found[0]!
}

/** Replaces every `Fn::ImportValue` in `value` by what the exporting stack put behind it. */
export function resolve(templates: Template[], value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => resolve(templates, item))
  if (typeof value !== 'object' || value === null) return value
  if (!('Fn::ImportValue' in value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(templates, v)]))
  }
  const name = value['Fn::ImportValue']
  for (const template of templates) {
    for (const output of Object.values(template.toJSON().Outputs ?? {})) {
      const { Export, Value } = output as { Export?: { Name?: unknown }; Value: unknown }
      if (Export?.Name === name) return Value
    }
  }
  throw new Error(`No stack exports ${JSON.stringify(name)}`)
}

export interface Located {
  template: Template
  id: string
  // biome-ignore lint/suspicious/noExplicitAny: CloudFormation properties are free-form JSON.
  properties: Record<string, any>
}

/** The Lambda function whose handler is `handler` (e.g. `functions/api.handler`), in any stack. */
export function functionByHandler(templates: Template[], handler: string): Located {
  const found = templates.flatMap((template) =>
    Object.entries(template.findResources('AWS::Lambda::Function')).flatMap(([id, resource]) =>
      resource.Properties?.Handler === handler
        ? [{ template, id, properties: resource.Properties }]
        : [],
    ),
  )
  expect(found, `one function with handler ${handler}`).toHaveLength(1)
  return found[0]!
}

export interface Statement {
  Effect: 'Allow' | 'Deny'
  Action: string | string[]
  Resource: unknown
  Condition?: unknown
}

export const actionsOf = (statement: Statement) => [statement.Action].flat()

/** Every statement of the inline and attached policies of role `roleId` in `template`. */
export function roleStatements(template: Template, roleId: string): Statement[] {
  const inline = (template.toJSON().Resources[roleId]?.Properties?.Policies ?? []).flatMap(
    (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
  )
  const attached = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((policy) =>
    policy.Properties.Roles.some(
      (role: unknown) => JSON.stringify(role) === JSON.stringify(ref(roleId)),
    )
      ? (policy.Properties.PolicyDocument.Statement as Statement[])
      : [],
  )
  return [...inline, ...attached]
}

/** Every Allow statement of every IAM policy and role in `template`, with its owner. */
export function allowStatements(template: Template): { owner: string; statement: Statement }[] {
  const resources = template.toJSON().Resources as Record<
    string,
    { Type: string; Properties?: Record<string, unknown> }
  >
  return Object.entries(resources).flatMap(([owner, resource]) => {
    const documents =
      resource.Type === 'AWS::IAM::Policy'
        ? [resource.Properties?.PolicyDocument]
        : resource.Type === 'AWS::IAM::Role'
          ? (
              (resource.Properties?.Policies as { PolicyDocument: unknown }[] | undefined) ?? []
            ).map((policy) => policy.PolicyDocument)
          : []
    return documents.flatMap((document) =>
      (document as { Statement: Statement[] }).Statement.filter(
        (statement) => statement.Effect === 'Allow',
      ).map((statement) => ({ owner, statement })),
    )
  })
}

/** True when `statement` applies to `arn` itself or to `arn` followed by a path or qualifier. */
export function covers(statement: Statement, arn: unknown): boolean {
  const wanted = JSON.stringify(arn)
  return [statement.Resource].flat().some((resource) => JSON.stringify(resource).includes(wanted))
}

/**
 * A state machine's `DefinitionString` (a string, or an `Fn::Join` that splices in ARNs) parsed
 * back to ASL, with every spliced-in value replaced by `placeholder` and returned in `spliced`.
 */
export function parseDefinition(
  definition: unknown,
  placeholder: string,
): { asl: unknown; spliced: unknown[] } {
  if (typeof definition === 'string') return { asl: JSON.parse(definition), spliced: [] }
  const [separator, parts] = (definition as { 'Fn::Join': [string, unknown[]] })['Fn::Join']
  const spliced = parts.filter((part) => typeof part !== 'string')
  const text = parts.map((part) => (typeof part === 'string' ? part : placeholder)).join(separator)
  return { asl: JSON.parse(text), spliced }
}
