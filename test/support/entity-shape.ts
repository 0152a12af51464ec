/** The checks yente's own tests make of every entity in a response, so a yente client can read ours. */
import { expect } from 'vitest'
import { model } from '../../src/model/ftm.js'

const REQUIRED = ['id', 'caption', 'schema', 'properties', 'datasets', 'referents', 'target', 'first_seen', 'last_seen', 'last_change']
// yente writes timestamps as ISO seconds without a time zone.
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/

export function expectEntityShape(data: Record<string, unknown>): void {
  for (const key of REQUIRED) expect(data, `missing ${key}`).toHaveProperty(key)
  expect(typeof data.id === 'string' && data.id.length > 0).toBe(true)
  expect(typeof data.caption === 'string' && data.caption.length > 0).toBe(true)
  expect(model.schemata[data.schema as string], String(data.schema)).toBeDefined()
  for (const values of Object.values(data.properties as Record<string, unknown>)) {
    expect(Array.isArray(values)).toBe(true)
    for (const value of values as unknown[]) {
      if (typeof value === 'object' && value !== null) expectEntityShape(value as Record<string, unknown>)
      else expect(typeof value).toBe('string')
    }
  }
  expect((data.datasets as unknown[]).every((d) => typeof d === 'string' && /^[a-z0-9_]+$/.test(d))).toBe(true)
  expect((data.referents as unknown[]).every((r) => typeof r === 'string')).toBe(true)
  expect(typeof data.target).toBe('boolean')
  for (const key of ['first_seen', 'last_seen', 'last_change']) {
    if (data[key] !== null) expect(data[key]).toMatch(ISO_SECONDS)
  }
}
