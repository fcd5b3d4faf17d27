import type { ChoiceRule, State, StateMachineDefinition } from '@chatter/resources'

/** Where a state may go next: Next, Default, Choice rules and Catch targets. */
export function targetsOf(state: State): string[] {
  const targets: string[] = []
  if ('Next' in state && state.Next !== undefined) targets.push(state.Next)
  if (state.Type === 'Choice') {
    targets.push(...state.Choices.map((rule: ChoiceRule) => rule.Next ?? ''))
    if (state.Default !== undefined) targets.push(state.Default)
  }
  if ('Catch' in state) targets.push(...(state.Catch ?? []).map((rule) => rule.Next))
  return targets
}

/**
 * Structural problems of a state machine and of every nested Map processor and Parallel branch:
 * StartAt and every target exist in the same scope, every state is reachable, every state that
 * can end does so explicitly, names are unique machine-wide, and every Task invokes `functionArn`
 * with the node it stands for.
 */
export function structureProblems(
  definition: StateMachineDefinition,
  functionArn: string,
  names = new Set<string>(),
  where = 'root',
): string[] {
  const problems: string[] = []
  const states = definition.States
  if (!(definition.StartAt in states))
    problems.push(`${where}: StartAt ${definition.StartAt} missing`)
  const seen = new Set<string>([definition.StartAt])
  const queue = [definition.StartAt]
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    const state = states[name]
    if (state === undefined) continue
    for (const target of targetsOf(state)) {
      if (!(target in states)) problems.push(`${where}: ${name} -> ${target} missing`)
      if (!seen.has(target)) {
        seen.add(target)
        queue.push(target)
      }
    }
  }
  for (const [name, state] of Object.entries(states)) {
    if (names.has(name)) problems.push(`${where}: state name ${name} used twice`)
    names.add(name)
    if (!seen.has(name)) problems.push(`${where}: ${name} unreachable`)
    const terminal = ['Choice', 'Succeed', 'Fail'].includes(state.Type)
    if (!terminal && !('Next' in state && state.Next) && !('End' in state && state.End)) {
      problems.push(`${where}: ${name} neither goes on nor ends`)
    }
    if (state.Type === 'Task') {
      const parameters = state.Parameters as Record<string, unknown>
      const payload = (state.Resource === functionArn ? parameters : parameters.Payload) as Record<
        string,
        unknown
      >
      if (state.Resource !== functionArn && parameters.FunctionName !== functionArn) {
        problems.push(`${where}: ${name} does not invoke the workflow-step function`)
      }
      const node = payload?.node as { id?: string } | undefined
      if (node?.id !== name || payload?.['input.$'] !== '$') {
        problems.push(`${where}: ${name} does not pass its node and the state`)
      }
      if (state.ResultPath !== `$.nodes.${name}`) problems.push(`${where}: ${name} ResultPath`)
    }
    if (state.Type === 'Map') {
      problems.push(
        ...structureProblems(state.ItemProcessor, functionArn, names, `${name}.ItemProcessor`),
      )
    }
    if (state.Type === 'Parallel') {
      state.Branches.forEach((branch, index) => {
        problems.push(
          ...structureProblems(branch, functionArn, names, `${name}.Branches[${index}]`),
        )
      })
    }
  }
  return problems
}

/** The states of a machine, nested ones included, by name. */
export function allStates(definition: StateMachineDefinition): Record<string, State> {
  const found: Record<string, State> = {}
  for (const [name, state] of Object.entries(definition.States)) {
    found[name] = state
    if (state.Type === 'Map') Object.assign(found, allStates(state.ItemProcessor))
    if (state.Type === 'Parallel')
      for (const branch of state.Branches) Object.assign(found, allStates(branch))
  }
  return found
}
