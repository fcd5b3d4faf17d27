import { DomainError, type FieldError } from '@chatter/core'
import type { State, StateMachineDefinition } from '@chatter/resources'
import aslValidator from 'asl-validator'

type Visit = (name: string, state: State, path: string) => void

/** Calls `visit` for every state, including those inside Map processors and Parallel branches. */
export function forEachState(
  definition: StateMachineDefinition,
  visit: Visit,
  path = 'States',
): void {
  for (const [name, state] of Object.entries(definition.States)) {
    visit(name, state, `${path}.${name}`)
    if (state.Type === 'Map') {
      forEachState(state.ItemProcessor, visit, `${path}.${name}.ItemProcessor.States`)
    } else if (state.Type === 'Parallel') {
      state.Branches.forEach((branch, index) => {
        forEachState(branch, visit, `${path}.${name}.Branches[${index}].States`)
      })
    }
  }
}

export function stateNames(
  definition: StateMachineDefinition,
  keep: (state: State) => boolean,
): string[] {
  const names: string[] = []
  forEachState(definition, (name, state) => {
    if (keep(state)) names.push(name)
  })
  return names
}

const invalid = (stateMachine: string, errors: FieldError[]) =>
  new DomainError(
    'request.invalid',
    `State machine "${stateMachine}" cannot be registered:\n  - ${errors.map((e) => `${e.path}: ${e.message}`).join('\n  - ')}`,
    { errors },
  )

/**
 * Refuses a definition that AWS would refuse (asl-validator) or that the local interpreter
 * would run differently: JSONata states, which aws-local-stepfunctions silently skips.
 */
export function assertValidDefinition(stateMachine: string, definition: StateMachineDefinition) {
  // asl-validator writes `QueryLanguage` into every state it visits, hence the copy.
  const result = aslValidator(structuredClone(definition), { checkArn: true, checkPaths: true })
  if (!result.isValid) {
    throw invalid(
      stateMachine,
      result.errors.map((error) => ({ path: error['Error code'], message: error.Message })),
    )
  }
  const jsonata: FieldError[] = []
  const languageOf = (node: object) => (node as { QueryLanguage?: string }).QueryLanguage
  if (languageOf(definition) === 'JSONata') {
    jsonata.push({ path: 'QueryLanguage', message: 'JSONata is not supported locally' })
  }
  forEachState(definition, (_name, state, path) => {
    if (languageOf(state) === 'JSONata') {
      jsonata.push({ path, message: 'JSONata is not supported locally; use JSONPath' })
    }
  })
  if (jsonata.length > 0) throw invalid(stateMachine, jsonata)
}

/** Every Task needs a local handler (keyed by state name), and every handler a Task. */
export function assertHandlersMatchTasks(
  stateMachine: string,
  definition: StateMachineDefinition,
  handlerNames: string[],
) {
  const tasks = stateNames(definition, (state) => state.Type === 'Task')
  const errors: FieldError[] = [
    ...tasks
      .filter((task) => !handlerNames.includes(task))
      .map((task) => ({ path: task, message: 'Task state has no local handler' })),
    ...handlerNames
      .filter((handler) => !tasks.includes(handler))
      .map((handler) => ({
        path: handler,
        message: 'handler given for a state that is not a Task',
      })),
  ]
  if (errors.length > 0) throw invalid(stateMachine, errors)
}

/**
 * One handler for every Task (nested ones included), for definitions whose Tasks all invoke
 * the same function and tell the steps apart by their payload, as the ingest machine does.
 * @example runner.register(name, ingestStateMachine(arn), handlerForEveryTask(definition, step))
 */
export function handlerForEveryTask<H>(definition: StateMachineDefinition, handler: H) {
  const tasks = stateNames(definition, (state) => state.Type === 'Task')
  return Object.fromEntries(tasks.map((task) => [task, handler]))
}
