/**
 * The local twin of an EventBridge rate schedule: calls `run` with the tick's time every
 * `everyMs`, never two runs at once. Failures go to `onError`; the timer keeps going, as
 * EventBridge does.
 */
export function startLocalSchedule(options: {
  everyMs: number
  run: (event: { time: string }) => Promise<unknown>
  onError: (error: unknown) => void
}) {
  let running: Promise<unknown> | undefined
  const timer = setInterval(() => {
    if (running) return
    running = options
      .run({ time: new Date().toISOString() })
      .catch(options.onError)
      .finally(() => {
        running = undefined
      })
  }, options.everyMs)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
