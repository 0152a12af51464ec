import { describe, expect, it } from 'vitest'
import { schemaForName } from './party-schema.js'

describe('schemaForName', () => {
  it.each([
    ['AARON ABRAHAM VILLA', 'Person'],
    ['I. ASH', 'Person'],
    ['ABEL HERNANDEZ, JR.', 'Person'],
    ['RADIOTESTER OOO', 'Organization'],
    ['KOTO COMMERCIO IBERICA, S.L.', 'Organization'],
    ['WELL BEING ENTERPRISE CO., LTD.', 'Organization'],
    ['MAHAN AIRWAYS', 'Organization'],
    ['EMTRASUR', 'Organization'],
  ])('%s is a %s', (name, schema) => {
    expect(schemaForName(name)).toBe(schema)
  })
})
