import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../errors.js'
import type { EntityDraft } from '../model/entity-draft.js'
import { createImportContext, type CollectingContext } from './context.js'
import { curatedYaml } from './curated-yaml.js'

const MANIFEST = `title: Test dataset
prefix: cers
sections: [Infobox, History, Locations]
files: [entities.yaml]
`

const GOOD = `entities:
  - id: cers-ssrc
    schema: Organization
    section: Infobox
    referents: [ofac-9352]
    properties:
      name:
        - { value: Scientific Studies and Research Center, lang: eng }
        - { value: مركز الدراسات والبحوث العلمية, lang: ara }
      abbreviation: { value: SSRC, section: History }
      addressEntity: { value: cers-addr-jamraya, section: Locations }
  - id: cers-addr-jamraya
    schema: Address
    section: Locations
    properties:
      city: Jamraya
      latitude: "33.53"
`

let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'vigil-curated-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

function writeDataset(entities: string, manifest = MANIFEST) {
  writeFileSync(join(folder, 'dataset.yaml'), manifest)
  writeFileSync(join(folder, 'entities.yaml'), entities)
}

async function readAll(path = folder): Promise<{ drafts: EntityDraft[]; ctx: CollectingContext }> {
  const ctx = createImportContext({ path, dataset: 'cers' })
  const drafts: EntityDraft[] = []
  for await (const draft of curatedYaml.read(ctx)) drafts.push(draft)
  return { drafts, ctx }
}

async function failure(path = folder): Promise<AppError> {
  const error = await readAll(path).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('yaml importer: a well-formed dataset', () => {
  it('ties every value to its file, section and entity, with languages and referents', async () => {
    writeDataset(GOOD)
    const { drafts, ctx } = await readAll()
    expect(ctx.warnings).toEqual([])
    const ssrc = drafts.find((d) => d.id === 'cers-ssrc')!
    const values = ssrc.statements()
    expect(values.find((s) => s.lang === 'ara')?.value).toBe('مركز الدراسات والبحوث العلمية')
    expect(values.find((s) => s.prop === 'name' && s.lang === 'eng')?.source).toEqual({
      file: 'entities.yaml',
      section: 'Infobox',
      locator: 'entity cers-ssrc',
    })
    expect(values.find((s) => s.prop === 'abbreviation')?.source.section).toBe('History')
    expect(values.find((s) => s.prop === '$referent')?.value).toBe('ofac-9352')
    expect(drafts.find((d) => d.id === 'cers-addr-jamraya')?.first('latitude')).toBe('33.53')
  })

  it('reads one entity file of a dataset on its own, checked against the dataset.yaml beside it', async () => {
    writeDataset(GOOD)
    const { drafts } = await readAll(join(folder, 'entities.yaml'))
    expect(drafts.map((d) => d.id)).toEqual(['cers-ssrc', 'cers-addr-jamraya'])
  })

  it('warns about a pointer to an entity the dataset does not define, or of the wrong kind', async () => {
    writeDataset(
      GOOD.replace('value: cers-addr-jamraya, section: Locations', 'value: cers-addr-jamraia, section: Locations') +
        `  - id: cers-unit\n    schema: Organization\n    section: History\n    properties:\n      name: Unit\n      parent: cers-addr-jamraya\n`,
    )
    const { ctx } = await readAll()
    expect(ctx.warnings.map((w) => w.message)).toEqual([
      "Organization.addressEntity: no entity 'cers-addr-jamraia' in this dataset",
      "Organization.parent: 'cers-addr-jamraya' is a Address, not a LegalEntity",
    ])
    expect(ctx.warnings[0]!.source).toEqual({ file: 'entities.yaml', section: 'Locations', locator: 'entity cers-ssrc' })
  })

  it('warns about a value that does not clean, and keeps the rest of the entity', async () => {
    writeDataset(GOOD.replace('city: Jamraya', 'city: Jamraya\n      country: Atlantis'))
    const { drafts, ctx } = await readAll()
    expect(ctx.warnings.map((w) => w.message)).toEqual(["Address.country: unknown country 'Atlantis'"])
    expect(drafts.find((d) => d.id === 'cers-addr-jamraya')?.first('city')).toBe('Jamraya')
  })
})

describe('yaml importer: broken files stop the import with file and line', () => {
  it('rejects malformed YAML', async () => {
    writeDataset(GOOD.replace('abbreviation: { value: SSRC, section: History }', 'abbreviation: { value: SSRC, section: History'))
    const error = await failure()
    expect(error.code).toBe('bad_file')
    // The parser notices the unclosed brace on the next line.
    expect(error.location).toEqual({ file: 'entities.yaml', line: 11 })
    expect(error.message).toBe('entities.yaml:11: Invalid YAML: Flow map in block collection must be sufficiently indented and end with a }.')
  })

  it('rejects a duplicate key', async () => {
    writeDataset(GOOD.replace('      city: Jamraya\n', '      city: Jamraya\n      city: Jamraia\n'))
    expect((await failure()).location).toMatchObject({ file: 'entities.yaml', line: 17 })
  })

  it('rejects an unknown schema, naming the entity', async () => {
    writeDataset(GOOD.replace('schema: Address', 'schema: Adress'))
    const error = await failure()
    expect(error.code).toBe('unknown_schema')
    expect(error.location).toEqual({ file: 'entities.yaml', line: 12, record: 'entity cers-addr-jamraya' })
    expect(error.message).toContain("'Adress'")
  })

  it('rejects an unknown property, naming the entity and the line of the property', async () => {
    writeDataset(GOOD.replace('      abbreviation:', '      acronym:'))
    const error = await failure()
    expect(error.code).toBe('unknown_property')
    expect(error.location).toEqual({ file: 'entities.yaml', line: 10, record: 'entity cers-ssrc' })
    expect(error.message).toContain("'acronym'")
  })

  it('rejects a reverse property, which belongs on the other entity', async () => {
    writeDataset(GOOD.replace('      abbreviation:', '      sanctions: cers-x\n      abbreviation:'))
    const error = await failure()
    expect(error.code).toBe('unknown_property')
    expect(error.message).toContain('Sanction.entity')
  })

  it('rejects a value that cites no section', async () => {
    writeDataset(GOOD.replace('    section: Locations\n', ''))
    expect((await failure()).location).toEqual({ file: 'entities.yaml', line: 15, record: 'entity cers-addr-jamraya' })
  })

  it('rejects a section the dataset file does not list', async () => {
    writeDataset(GOOD.replace('section: History }', 'section: Histroy }'))
    const error = await failure()
    expect(error.message).toContain("'Histroy'")
    expect(error.location.line).toBe(10)
  })

  it('rejects a duplicate id, an id without the prefix, and an unknown entity key', async () => {
    writeDataset(GOOD.replace('id: cers-addr-jamraya', 'id: cers-ssrc'))
    expect((await failure()).message).toContain('already defined at entities.yaml:2')
    writeDataset(GOOD.replace('id: cers-addr-jamraya', 'id: addr-jamraya'))
    expect((await failure()).message).toContain("must start with 'cers-'")
    writeDataset(GOOD.replace('    referents:', '    referent:'))
    expect((await failure()).location).toMatchObject({ file: 'entities.yaml', line: 5 })
  })

  it('rejects a language that is not an ISO 639-3 code', async () => {
    writeDataset(GOOD.replace('lang: ara', 'lang: ar'))
    expect((await failure()).location).toMatchObject({ file: 'entities.yaml', line: 9 })
  })

  it('rejects a dataset file that lists a missing entity file', async () => {
    writeDataset(GOOD, MANIFEST.replace('[entities.yaml]', '[entities.yaml, people.yaml]'))
    const error = await failure()
    expect(error.location.file).toBe('dataset.yaml')
    expect(error.message).toContain("'people.yaml'")
  })
})
