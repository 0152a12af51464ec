import { describe, expect, it } from 'vitest'
import { AppError } from '../../errors.js'
import { splitRecords, type XmlPiece } from './record-chunks.js'

const LAYOUT = { file: 'list.xml', root: 'CONSOLIDATED_LIST', records: ['INDIVIDUAL', 'ENTITY'] }

const DOC = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!-- published daily -->',
  '<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">',
  '  <INDIVIDUALS>',
  '    <INDIVIDUAL>',
  '      <DATAID>1</DATAID>',
  '      <INDIVIDUAL_ALIAS><ALIAS_NAME>A</ALIAS_NAME></INDIVIDUAL_ALIAS>',
  '    </INDIVIDUAL>',
  '  </INDIVIDUALS>',
  '  <ENTITIES>',
  '    <ENTITY><DATAID>2</DATAID><ENTITY_ALIAS/></ENTITY>',
  '  </ENTITIES>',
  '</CONSOLIDATED_LIST>',
  '',
].join('\n')

/** The text in pieces of `size` characters, as a file stream delivers it. */
async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
}

async function split(text: string, size = 7): Promise<XmlPiece[]> {
  const pieces: XmlPiece[] = []
  for await (const piece of splitRecords(chunks(text, size), LAYOUT)) pieces.push(piece)
  return pieces
}

async function failure(text: string, size = 7): Promise<{ error: AppError; yielded: number }> {
  let yielded = 0
  try {
    for await (const _ of splitRecords(chunks(text, size), LAYOUT)) yielded++
  } catch (err) {
    if (err instanceof AppError) return { error: err, yielded }
    throw err
  }
  throw new Error('expected the split to fail')
}

describe('splitRecords', () => {
  it.each([1, 7, 64, 100_000])('cuts out each record with its line, in chunks of %i characters', async (size) => {
    const pieces = await split(DOC, size)
    expect(pieces.map((p) => [p.kind, p.line])).toEqual([
      ['root', 3],
      ['record', 5],
      ['record', 11],
    ])
    const [root, individual, entity] = pieces
    expect(root?.kind === 'root' && root.tag).toContain('dateGenerated="2026-02-27T00:00:09.554Z"')
    expect(individual?.kind === 'record' && individual.xml).toMatch(/^<INDIVIDUAL>[\s\S]*<\/INDIVIDUAL>$/)
    expect(entity?.kind === 'record' && entity.xml).toBe('<ENTITY><DATAID>2</DATAID><ENTITY_ALIAS/></ENTITY>')
  })

  it('refuses a DOCTYPE before yielding anything, naming its line', async () => {
    const bomb = DOC.replace('<!-- published daily -->', '<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n]>')
    const { error, yielded } = await failure(bomb)
    expect([error.code, error.location.line, yielded]).toEqual(['unsafe_xml', 2, 0])
  })

  it('refuses an entity declaration cut between two chunks', async () => {
    const text = DOC.replace('<ENTITIES>', '<ENTITIES><!ENTITY x SYSTEM "file:///etc/passwd">')
    for (const size of [3, 5, 4096]) expect((await failure(text, size)).error.code).toBe('unsafe_xml')
  })

  it('refuses another root element as a file of another format', async () => {
    const { error } = await failure('<?xml version="1.0"?>\n<sdnList>\n</sdnList>\n')
    expect([error.code, error.location.line, error.message]).toEqual(['bad_file', 2, expect.stringContaining('<sdnList>')])
  })

  it('refuses a file cut inside a record, naming the line the record starts on', async () => {
    const { error, yielded } = await failure(DOC.slice(0, DOC.indexOf('<DATAID>2')))
    expect([error.code, error.location.line, yielded]).toEqual(['bad_file', 11, 2])
  })

  it('refuses a file cut between records, before the root is closed', async () => {
    const { error } = await failure(DOC.slice(0, DOC.indexOf('</ENTITIES>')))
    expect(error.code).toBe('bad_file')
    expect(error.message).toContain('</CONSOLIDATED_LIST>')
  })

  it('refuses text that is not XML at all', async () => {
    expect((await failure('Last Updated,13/04/2018\nName 6,Name 1\n')).error.code).toBe('bad_file')
  })
})
