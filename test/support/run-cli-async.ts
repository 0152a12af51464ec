/** Run the built CLI without blocking this process's event loop (needed when the test also serves HTTP). */
import { spawn } from 'node:child_process'
import { CLI, type CliResult } from './run-cli.js'

/** As runCli: `env` names the store (a StoreLocation's env) and any other settings. */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, VIGIL_LOG_LEVEL: 'warn', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}
