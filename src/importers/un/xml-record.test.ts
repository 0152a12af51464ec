import { describe, expect, it } from 'vitest'
import type { AppError } from '../../errors.js'
import { children, decodeXmlText, parseRecord, texts, values } from './xml-record.js'

const RECORD = [
  '<INDIVIDUAL>',
  '  <DATAID>6908555</DATAID>',
  '  <FIRST_NAME>AL &amp; &#x41;&#66;  C</FIRST_NAME>',
  '  <NATIONALITY><VALUE>Iraq</VALUE><VALUE>Syria</VALUE></NATIONALITY>',
  '  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>X</ALIAS_NAME></INDIVIDUAL_ALIAS>',
  '  <INDIVIDUAL_ALIAS/>',
  '  <LISTED_ON>2015-04-07-04:00</LISTED_ON>',
  '</INDIVIDUAL>',
].join('\n')

describe('parseRecord', () => {
  it('reads texts, repeated values and child elements', () => {
    const record = parseRecord(RECORD, 'INDIVIDUAL', { file: 'f.xml', line: 10 })
    expect(texts(record, 'DATAID')).toEqual(['6908555'])
    expect(texts(record, 'FIRST_NAME')).toEqual(['AL & AB C'])
    expect(values(record, 'NATIONALITY')).toEqual(['Iraq', 'Syria'])
    expect(children(record, 'INDIVIDUAL_ALIAS').map((a) => texts(a, 'ALIAS_NAME'))).toEqual([['X']])
  })

  it('turns malformed XML into bad_file at the line in the file', () => {
    const broken = RECORD.replace('</DATAID>', '</DATA>')
    const error = (() => {
      try {
        parseRecord(broken, 'INDIVIDUAL', { file: 'f.xml', line: 10 })
      } catch (err) {
        return err as AppError
      }
    })()
    expect([error?.code, error?.location.line]).toEqual(['bad_file', 11])
  })
})

describe('decodeXmlText', () => {
  it('decodes the XML entities and character references, and expands nothing else', () => {
    expect(decodeXmlText('&lt;a&gt; &quot;b&quot; &apos;c&apos; &#8217; &#x2019;')).toBe(`<a> "b" 'c' \u2019 \u2019`)
    expect(decodeXmlText('&lol9; &xxe;')).toBe('&lol9; &xxe;')
  })
})
