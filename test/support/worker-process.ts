/** A real `vigil worker` process, logging at debug level so a test can count the chunks it screened. */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { CLI } from './run-cli.js'

export interface WorkerProcess {
  child: ChildProcess
  /** The chunks this worker has screened so far, with how many times each had been tried before. */
  screened(): Array<{ chunk: number; retries: number }>
  /** Its output, for failure messages. */
  output(): string
  /** SIGTERM, then SIGKILL after 20 s; resolves to the exit code (null if killed). */
  stop(): Promise<number | null>
}

export function startWorker(env: Record<string, string>, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', '--concurrency', '1', ...args], {
    env: { ...process.env, VIGIL_LOG_LEVEL: 'debug', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const screened: Array<{ chunk: number; retries: number }> = []
  let partial = ''
  child.stderr!.on('data', (d: Buffer) => {
    const lines = (partial + d.toString()).split('\n')
    partial = lines.pop()!
    for (const line of lines) {
      if (!line.includes('"chunk screened"')) {
        out = `${out + line}\n`.slice(-8000)
        continue
      }
      const { chunk, retries } = JSON.parse(line) as { chunk: number; retries: number }
      screened.push({ chunk, retries })
    }
  })
  child.stdout!.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-8000)))
  return { child, screened: () => screened, output: () => out, stop: () => stopChild(child) }
}

async function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
  const [code] = (await exited) as [number | null]
  clearTimeout(timer)
  return code
}
