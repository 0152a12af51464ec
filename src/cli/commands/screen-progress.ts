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
  let shown = false
  return {
    note(message) {
      stream.write(`${message}\n`)
    },
    update(done, total) {
      // The first call comes as screening starts; rate and ETA need the first chunk back.
      started ??= performance.now()
      const seconds = (performance.now() - started) / 1000
      if (done === 0 || seconds === 0) return
      const rate = Math.round(done / seconds)
      if (!shown) bar.start(total, done, { rate })
      else bar.update(done, { rate })
      shown = true
    },
    stop() {
      if (shown) bar.stop()
    },
  }
}
