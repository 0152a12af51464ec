/** The progress of `vigil screen` on a terminal: what it is doing while indexes build, then rows with rate and ETA. */
import cliProgress from 'cli-progress'

export interface BatchProgress {
  note(message: string): void
  update(done: number, total: number): void
  stop(): void
}

export function createBatchProgress(stream: NodeJS.WriteStream = process.stderr): BatchProgress {
  if (!stream.isTTY) return { note() {}, update() {}, stop() {} }
  const bar = new cliProgress.SingleBar(
    { format: 'screening [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}', stream, hideCursor: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  )
  let started: number | undefined
  return {
    note(message) {
      stream.write(`${message}\n`)
    },
    update(done, total) {
      if (started === undefined) {
        started = performance.now()
        bar.start(total, done, { rate: '-' })
      }
      const seconds = (performance.now() - started) / 1000
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds) : '-' })
    },
    stop() {
      if (started !== undefined) bar.stop()
    },
  }
}
