import type { ChoiceRule } from './asl'
import type { CompilableTest } from './workflow-shape'

// Workflow condition tests as Choice rules (JSONPath mode).

const equals = { string: 'StringEquals', number: 'NumericEquals', boolean: 'BooleanEquals' }
const typeCheck = { string: 'IsString', number: 'IsNumeric', boolean: 'IsBoolean' }
const ordered = {
  gt: 'GreaterThan',
  gte: 'GreaterThanEquals',
  lt: 'LessThan',
  lte: 'LessThanEquals',
} as const

/**
 * A Choice rule that holds when the test does. Comparisons are guarded by presence and type
 * checks: in Step Functions comparing a missing or differently typed value is a runtime error.
 */
export function holds(test: CompilableTest): ChoiceRule {
  const { path: Variable, op, value } = test
  if (op === 'present') return { Variable, IsPresent: true }
  if (op === 'absent') return { Variable, IsPresent: false }
  if (op === 'ne') return { Not: holds({ path: Variable, op: 'eq', value }) }
  const guarded = (kind: keyof typeof typeCheck, comparison: ChoiceRule): ChoiceRule => ({
    And: [
      { Variable, IsPresent: true },
      { Variable, [typeCheck[kind]]: true },
      { Variable, ...comparison },
    ],
  })
  if (value === null || value === undefined) {
    return {
      And: [
        { Variable, IsPresent: true },
        { Variable, IsNull: true },
      ],
    }
  }
  const kind = typeof value as 'string' | 'number' | 'boolean'
  if (op === 'eq') return guarded(kind, { [equals[kind]]: value })
  if (op === 'matches') return guarded('string', { StringMatches: String(value) })
  const prefix = kind === 'number' ? 'Numeric' : 'String'
  return guarded(kind, { [`${prefix}${ordered[op]}`]: value })
}
