import { MultiBar, Presets } from 'cli-progress'
import { formatBytes, note } from './output'

/** The progress of one file: bytes sent, then the states it goes through. */
export interface FileProgress {
  sent(bytes: number): void
  state(text: string): void
}

export interface Progress {
  file(name: string, size: number): FileProgress
  stop(): void
}

const perFileLimit = 8

/**
 * Upload progress on stderr: bars when stderr is a terminal (one per file, or one for the total
 * beyond 8 files), else one plain line per step, which reads well in CI logs.
 */
export function createProgress(
  names: string[],
  totalBytes: number,
  tty = Boolean(process.stderr.isTTY),
): Progress {
  if (!tty)
    return {
      file: (name, size) => {
        note(`${name}: uploading ${formatBytes(size)}`)
        let last = ''
        return {
          sent: () => {},
          state: (text) => {
            if (text === last) return
            last = text
            note(`${name}: ${text}`)
          },
        }
      },
      stop: () => {},
    }
  const bars = new MultiBar(
    {
      stream: process.stderr,
      format: ' {bar} {percentage}% | {name} | {state}',
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  )
  const width = Math.min(40, Math.max(...names.map((name) => name.length)))
  const label = (name: string) => name.slice(0, width).padEnd(width)
  if (names.length <= perFileLimit)
    return {
      file: (name, size) => {
        const bar = bars.create(size, 0, { name: label(name), state: 'uploading' })
        return { sent: (bytes) => bar.update(bytes), state: (state) => bar.update({ state }) }
      },
      stop: () => bars.stop(),
    }
  const total = bars.create(totalBytes, 0, { name: `${names.length} files`, state: '' })
  let sentTotal = 0
  return {
    file: () => {
      let sentHere = 0
      return {
        sent: (bytes) => {
          sentTotal += bytes - sentHere
          sentHere = bytes
          total.update(sentTotal)
        },
        state: (state) => total.update({ state }),
      }
    },
    stop: () => bars.stop(),
  }
}
