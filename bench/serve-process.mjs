// A real `vigil serve` for the benchmarks that load one (load.mjs, speed-serve.mjs): on a free port,
// resolved with its address once it listens; its output is drained and the tail kept for errors.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const KEEP_CHARS = 4000

/** `vigil --home HOME serve --port 0` with `env` added; resolves with `{ child, address }`. */
export function startServer(home, env = {}) {
  const child = spawn(process.execPath, [CLI, '--home', home, 'serve', '--port', '0'], {
    env: { ...process.env, VIGIL_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stderr.on('data', (d) => (out = (out + d).slice(-KEEP_CHARS)))
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out = (out + d).slice(-KEEP_CHARS)
      const found = /listening on (http:\/\/\S+?)[ ;]/.exec(out)
      if (found) resolve({ child, address: found[1] })
    })
    child.once('exit', (code) => reject(new Error(`vigil serve exited with ${code}:\n${out}`)))
  })
}
