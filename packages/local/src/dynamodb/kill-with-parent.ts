import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'

/**
 * Makes sure `child` dies with this process. An `exit` hook covers normal exits and uncaught
 * errors; a tiny detached shell watchdog covers what no hook sees (SIGKILL, a crashed test
 * runner), so no Java process is left holding a port and memory. Returns the undo function.
 */
export function killWithParent(child: ChildProcess): () => void {
  const killNow = () => {
    child.kill('SIGKILL')
  }
  process.once('exit', killNow)
  let watchdog: ChildProcess | undefined
  if (process.platform !== 'win32' && child.pid !== undefined) {
    const script = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -9 ${child.pid} 2>/dev/null`
    watchdog = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' })
    watchdog.on('error', () => {}) // No shell: the exit hook still covers ordinary exits.
    watchdog.unref()
  }
  return () => {
    process.off('exit', killNow)
    watchdog?.kill('SIGKILL')
  }
}
