/** Request input checked with zod: a failure is a 400 naming the field, as `AppError('bad_input')`. */
import type { z } from 'zod'
import { AppError } from '../errors.js'

/** Parse `data` with `schema`; `where` names the part of the request ("body", "query string"). */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(data)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue?.path.map(String).join('.') || where
  throw new AppError('bad_input', `Invalid ${where}: ${field}: ${issue?.message ?? 'invalid value'}.`, { field })
}
