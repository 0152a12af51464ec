/** The typed configuration, parsed once from VIGIL_* variables and flags, passed down as an argument. */
import { availableParallelism, homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import { AppError } from './errors.js'
import { webAppPath } from './resources.js'

const configSchema = z.object({
  home: z.string().min(1),
  // postgres://… selects PostgreSQL as the store of record; unset, the store is SQLite in `home`.
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  keepVersions: z.coerce.number().int().min(1).max(100),
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  mirror: z.string().optional(),
  // A list whose source date is older than this many days is flagged (src/store/staleness.ts).
  staleDays: z.coerce.number().int().min(1),
  // The server's limits; README "Limits and overload" says what each protects.
  workers: z.coerce.number().int().min(1).max(64),
  maxQueue: z.coerce.number().int().min(1),
  requestTimeoutMs: z.coerce.number().int().min(100),
  maxRequestChars: z.coerce.number().int().min(1000),
  maxParties: z.coerce.number().int().min(1),
  maxConnections: z.coerce.number().int().min(1),
  bodyLimit: z.coerce.number().int().min(1024),
  allowedHosts: z.array(z.string()),
  maxEventLoopDelayMs: z.coerce.number().int().min(0),
  // The built web app served at `/` (web/, built into dist/web); another build may be served instead.
  webDir: z.string().min(1),
})

export type Config = z.infer<typeof configSchema>

/** Build the config from the environment, with explicit overrides (CLI flags) taking precedence. */
export function loadConfig(overrides: Partial<Config> = {}, env = process.env): Config {
  const parsed = configSchema.safeParse({
    home: resolve(env.VIGIL_HOME ?? join(homedir(), '.vigil')),
    databaseUrl: env.VIGIL_DATABASE_URL || undefined,
    keepVersions: env.VIGIL_KEEP_VERSIONS ?? 3,
    host: env.VIGIL_HOST ?? '127.0.0.1',
    port: env.VIGIL_PORT ?? 8000,
    mirror: env.VIGIL_MIRROR || undefined,
    staleDays: env.VIGIL_STALE_DAYS ?? 30,
    workers: env.VIGIL_WORKERS ?? availableParallelism(),
    maxQueue: env.VIGIL_MAX_QUEUE ?? 256,
    requestTimeoutMs: env.VIGIL_REQUEST_TIMEOUT_MS ?? 30_000,
    maxRequestChars: env.VIGIL_MAX_REQUEST_CHARS ?? 250_000,
    maxParties: env.VIGIL_MAX_PARTIES ?? 100,
    maxConnections: env.VIGIL_MAX_CONNECTIONS ?? 1024,
    bodyLimit: env.VIGIL_BODY_LIMIT ?? 1_048_576,
    maxEventLoopDelayMs: env.VIGIL_MAX_EVENT_LOOP_DELAY_MS ?? 1000,
    webDir: resolve(env.VIGIL_WEB_DIR || webAppPath()),
    allowedHosts: (env.VIGIL_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean),
    ...dropUndefined(overrides),
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new AppError('bad_input', `Bad configuration: ${issue?.path.join('.')}: ${issue?.message}`)
  }
  return parsed.data
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
