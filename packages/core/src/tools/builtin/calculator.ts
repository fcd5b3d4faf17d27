import { Parser } from 'expr-eval-fork'
import type { Tool, ToolResult } from '../../ports/tools'

/**
 * Arithmetic only: no assignment, function definitions, strings, arrays, comparisons or
 * randomness, so an expression cannot do anything but compute a number.
 */
const parser = new Parser({
  allowMemberAccess: false,
  operators: {
    assignment: false,
    fndef: false,
    concatenate: false,
    conditional: false,
    logical: false,
    comparison: false,
    in: false,
    length: false,
    random: false,
  },
})
for (const name of ['random', 'if', 'map', 'fold', 'filter', 'indexOf', 'join'])
  delete parser.functions[name]

const maxExpressionLength = 1000

/** Evaluates an arithmetic expression to a finite number; throws with the reason otherwise. */
export function calculate(expression: string): number {
  if (expression.length > maxExpressionLength)
    throw new Error(`The expression is longer than ${maxExpressionLength} characters.`)
  const parsed = parser.parse(expression)
  const unknown = parsed.variables()
  if (unknown.length > 0) throw new Error(`Unknown name: ${unknown.join(', ')}.`)
  const value: unknown = parsed.evaluate()
  if (typeof value !== 'number') throw new Error('The expression does not compute a number.')
  if (!Number.isFinite(value)) throw new Error('The result is not a finite number.')
  return value
}

/** The `calculator` tool: `{ expression }` -> the number, or an error naming the reason. */
export function calculatorTool(): Tool {
  return {
    name: 'calculator',
    description:
      'Evaluates an arithmetic expression and returns the number. Supports + - * / % ^, ' +
      'parentheses, sqrt, cbrt, abs, ceil, floor, round, trunc, exp, ln, log, log2, log10, ' +
      'sin, cos, tan and their inverses, min, max, hypot, pow, atan2, roundTo, and PI and E. ' +
      'Example: "(1200 * 0.15) / 12".',
    inputSchema: {
      type: 'object',
      properties: {
        expression: { type: 'string', description: 'The expression, e.g. "sqrt(2) * 10".' },
      },
      required: ['expression'],
      additionalProperties: false,
    },
    source: { type: 'builtin' },
    async call(input): Promise<ToolResult> {
      const expression = (input as { expression?: unknown } | null)?.expression
      if (typeof expression !== 'string' || expression.trim() === '')
        return { content: 'Give the expression to evaluate as "expression".', isError: true }
      try {
        return { content: String(calculate(expression)), isError: false }
      } catch (error) {
        return { content: `Cannot evaluate "${expression}": ${reasonOf(error)}`, isError: true }
      }
    },
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error))
