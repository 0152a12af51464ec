/** A progress bar over the bytes of the file being read, shown only on a terminal. */
import cliProgress from 'cli-progress'

export interface Progress {
  update(done: number, total: number): void
  entities(count: number): void
  stop(): void
}

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, entities() {}, stop() {} }
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {entities} entities | ETA {eta}s`, stream, hideCursor: true },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  let count = 0
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0, { entities: 0 })
        started = true
      }
      bar.update(done, { entities: count })
    },
    entities(n) {
      count = n
    },
    stop() {
      if (started) bar.stop()
    },
  }
}
