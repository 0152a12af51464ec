/** Flag parsing shared by `vigil match` and `vigil screen`: numbers checked, repeatable flags collected. */
import { AppError } from '../../errors.js'

/** Commander collector for a repeatable flag. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

export function parseLimit(value: string, flag = '--limit'): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new AppError('bad_input', `${flag} must be a whole number from 1 to 100, not '${value}'.`)
  return n
}

export function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new AppError('bad_input', `--threshold must be a score from 0 to 1, not '${value}'.`)
  return n
}

export function parseWorkers(value: string, cores: number, flag = '--workers'): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new AppError('bad_input', `${flag} must be a whole number from 1 up (this machine has ${cores} cores), not '${value}'.`)
  return n
}

export function parseChunkSize(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new AppError('bad_input', `--chunk-size must be a whole number of rows from 1 to 10000, not '${value}'.`)
  return n
}
