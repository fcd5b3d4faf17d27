/** The dependencies `/readyz` reports, by the names users see. */
export const dependencyNames = [
  'dynamodb',
  's3',
  'queue',
  'stepfunctions',
  'vector',
  'model',
] as const
export type DependencyName = (typeof dependencyNames)[number]

/** A cheap, side-effect-free check that one dependency answers. Throws when it does not. */
export interface DependencyProbe {
  readonly name: DependencyName
  check(signal: AbortSignal): Promise<void>
}
