import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { ExcelLineUnwrapper, isWrappedLine, unwrapExcelLine } from './excel-lines.js'

describe('unwrapExcelLine', () => {
  it('takes the line out of its quotes and drops the tab padding', () => {
    expect(unwrapExcelLine('"04/07/2018;1;P;;EU.36.64\t\t\t"')).toBe('04/07/2018;1;P;;EU.36.64')
  })

  it('turns doubled quotes back into the quoted fields they were', () => {
    const line = '"43;Aziz Salih al-Numan;;;""Former Governor of Karbala and An Najaf;"";EU.85.7\t\t"'
    expect(unwrapExcelLine(line)).toBe('43;Aziz Salih al-Numan;;;"Former Governor of Karbala and An Najaf;";EU.85.7')
  })

  it('leaves a line that is not one quoted field alone', () => {
    expect(unwrapExcelLine('04/07/2018;1;P')).toBe('04/07/2018;1;P')
    expect(unwrapExcelLine('"a";"b"')).toBe('"a";"b"')
    expect(isWrappedLine('"a";"b"')).toBe(false)
    expect(isWrappedLine('"a;""b"";c"\r')).toBe(true)
  })
})

describe('ExcelLineUnwrapper', () => {
  it('unwraps across chunk boundaries and keeps one line per line', async () => {
    const chunks = ['"a;""x;y"";b\t"\n"c;', 'd\t\t"\n', '"e;f"']
    const out: string[] = []
    for await (const part of Readable.from(chunks).pipe(new ExcelLineUnwrapper())) out.push(String(part))
    expect(out.join('')).toBe('a;"x;y";b\nc;d\ne;f')
  })
})
