import { createHash } from 'node:crypto'

/** Which state machine runs a definition (core's `WorkflowMachineKey`, restated here). */
export type WorkflowMachineNameKey =
  | { workflowId: string; version: number }
  | { templateId: string }

/** Step Functions state machine names: 1-80 characters of letters, digits, `-` and `_`. */
const maxLength = 80
const unsafe = /[^A-Za-z0-9_-]/g

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * The state machine name of a saved workflow's version (`<prefix><workflowId>-v<version>`) or
 * of a template's definition (`<prefix>tpl-<templateId>-<hash>`, the first 10 hex digits of the
 * definition's SHA-256, so an edited template gets a machine of its own). Characters AWS refuses
 * become `-`; a name over 80 characters loses the end of its id, replaced by a short hash of it
 * so that two long ids still differ, never the version or the definition hash.
 * @example workflowMachineName('chatter-wf-', { workflowId: 'wf_01J', version: 3 }, definition)
 * // 'chatter-wf-wf_01J-v3'
 */
export function workflowMachineName(
  prefix: string,
  key: WorkflowMachineNameKey,
  definition: unknown,
): string {
  const [middle, suffix] =
    'workflowId' in key
      ? [key.workflowId, `-v${key.version}`]
      : [`tpl-${key.templateId}`, `-${sha256Hex(JSON.stringify(definition) ?? '').slice(0, 10)}`]
  const safePrefix = prefix.replace(unsafe, '-').slice(0, maxLength - suffix.length - 1)
  const safeMiddle = middle.replace(unsafe, '-')
  const room = maxLength - safePrefix.length - suffix.length
  const fitted = safeMiddle.length <= room ? safeMiddle : shortened(safeMiddle, middle, room)
  return `${safePrefix}${fitted}${suffix}`
}

/** The start of `safe`, then `-` and 6 hex digits of the original id, in `room` characters. */
function shortened(safe: string, original: string, room: number): string {
  const tag = sha256Hex(original).slice(0, 6)
  if (room < tag.length + 2) return tag.slice(0, room)
  return `${safe.slice(0, room - tag.length - 1)}-${tag}`
}
