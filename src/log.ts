/** The one pino logger factory, shared with Fastify. Logs go to stderr so CLI output stays clean. */
import { pino, type Logger } from 'pino'

export type { Logger }

export function createLogger(level = process.env.VIGIL_LOG_LEVEL ?? 'info'): Logger {
  return pino({ level }, pino.destination(2))
}
