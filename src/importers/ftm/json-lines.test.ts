import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../errors.js'
import { readJsonLines } from './json-lines.js'

function fileWith(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'vigil-jsonl-')), 'entities.ftm.json')
  writeFileSync(path, text)
  return path
}

async function collect(path: string) {
  const out = []
  for await (const item of readJsonLines(path, { encoding: 'utf-8' })) out.push(item)
  return out
}

describe('readJsonLines', () => {
  it('yields each value with its line, counting blank lines and CRLF ends', async () => {
    const lines = await collect(fileWith('\uFEFF{"a":1}\r\n\r\n{"b":2}'))
    expect(lines).toEqual([
      { value: { a: 1 }, line: 1, file: 'entities.ftm.json' },
      { value: { b: 2 }, line: 3, file: 'entities.ftm.json' },
    ])
  })

  it('fails on a line that is not JSON, naming file and line', async () => {
    const err = await collect(fileWith('{"a":1}\n{"b":')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).location).toEqual({ file: 'entities.ftm.json', line: 2 })
  })
})
