import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { JsonSchema } from '../ports/tools'
import { toolArgumentErrors } from '../tool-servers/validate-arguments'
import type { WorkflowDefinition } from './definition'
import type { WorkflowProblem } from './problems'
import { scheduleProblem } from './schedule'

const options = { allErrors: true, strict: false, validateFormats: false, logger: false } as const
const draft07 = new Ajv(options)
const draft2020 = new Ajv2020(options)

/** What a `document.ready` trigger adds to its input, as a stand-in to check the schema with. */
const documentReadyInput = { documentId: 'doc_example', filename: 'example.pdf', tags: [] }

/**
 * The input schema compiles, each schedule is a valid cron in a known zone and not too
 * frequent, and each trigger's input (with what its event adds) matches the input schema, so a
 * trigger never fires into a 422 nobody sees.
 */
export function triggerProblems(definition: WorkflowDefinition): WorkflowProblem[] {
  const problems: WorkflowProblem[] = []
  const schema = definition.inputSchema as JsonSchema | undefined
  let schemaCompiles = true
  if (schema) {
    const { $schema, ...rest } = schema
    const ajv = typeof $schema === 'string' && $schema.includes('2020-12') ? draft2020 : draft07
    try {
      ajv.compile(rest)
    } catch (error) {
      schemaCompiles = false
      problems.push({
        path: 'inputSchema',
        rule: 'schema.inputSchema',
        message: `Not a valid JSON Schema: ${error instanceof Error ? error.message : error}`,
      })
    }
  }
  definition.triggers?.forEach((trigger, index) => {
    const path = `triggers.${index}`
    if (trigger.type === 'schedule') {
      const problem = scheduleProblem(trigger.cron, trigger.timezone)
      if (problem)
        problems.push({
          path: `${path}.cron`,
          rule: problem.startsWith('Run at most') ? 'security.scheduleTooFrequent' : 'schema.cron',
          message: problem,
        })
    }
    if (!schema || !schemaCompiles) return
    const input = {
      ...trigger.input,
      ...(trigger.type === 'event' ? documentReadyInput : {}),
    }
    for (const error of toolArgumentErrors(schema, input, `${path}.input`))
      problems.push({
        path: error.path,
        rule: 'schema.triggerInput',
        message: `The trigger's input does not match inputSchema: ${error.message}`,
      })
  })
  return problems
}
