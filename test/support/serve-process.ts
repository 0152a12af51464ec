/** A real `vigil serve` process on a free port, for end-to-end tests that need a socket and a separate event loop. */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { bootstrapKey } from './auth.js'
import { CLI } from './run-cli.js'

export interface ServeProcess {
  address: string
  child: ChildProcess
  /** The admin key a first start wrote to VIGIL_HOME (another node on the same database may have written it). */
  key(): string
  /** The last lines the server wrote, for failure messages. */
  output(): string
  stop(): Promise<void>
}

// Keep the tail of the server's output only: the pipes must be drained, or a chatty server blocks on write.
const KEEP_CHARS = 8_000

/** Serve the store that `env` names (a StoreLocation's env: VIGIL_HOME, VIGIL_DATABASE_URL), plus any settings. */
export async function startServe(env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
    env: { ...process.env, VIGIL_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const keep = (d: Buffer) => (out = (out + d.toString()).slice(-KEEP_CHARS))
  child.stderr!.on('data', keep)
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      keep(d)
      const found = /listening on (http:\/\/\S+?)[ ;]/.exec(out)
      if (found) resolve(found[1]!)
    })
    child.once('exit', (code) => reject(new Error(`vigil serve exited with ${code} before listening:\n${out}`)))
  })
  const key = () => {
    if (!env.VIGIL_HOME) throw new Error('startServe: no VIGIL_HOME, so no admin-credentials to read')
    return bootstrapKey(env.VIGIL_HOME)
  }
  return { address, child, key, output: () => out, stop: () => stopChild(child) }
}

/** SIGTERM, then SIGKILL if the server has not exited within 10 s (a frozen server cannot shut down). */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}
