/**
 * The curated CERS dataset against the article it comes from: expectations are parsed from the
 * article (its headings, its structure list, its locations paragraph), so the test follows the source.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { Entity } from '../src/model/entity.js'
import type { StoredStatement } from '../src/model/statement.js'
import type { ImportResult } from '../src/store/import-list.js'
import { openFixtureStore } from './support/fixture-store.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, type TempStore } from './support/temp-store.js'

const DATASET = fileURLToPath(new URL('../datasets/cers', import.meta.url))
const ARTICLE = readFileSync(fileURLToPath(new URL('../../shared/source/000_8844ba6714720005.txt', import.meta.url)), 'utf-8')
const STRUCTURE = 'Structure (as of 2023)'

/** The article's headings (the one-'=' title is none), plus the two parts before the first. */
function articleSections(): string[] {
  const headings = [...ARTICLE.matchAll(/^==+\s*(.+?)\s*==+$/gm)].map((m) => m[1]!)
  return ['Infobox', 'Introduction', ...headings]
}

/** The text under one heading, up to the next heading. */
function sectionText(heading: string): string {
  const start = ARTICLE.search(new RegExp(`^==+\\s*${heading.replace(/[()]/g, '\\$&')}\\s*==+$`, 'm'))
  const rest = ARTICLE.slice(start).split('\n').slice(1).join('\n')
  return rest.slice(0, rest.search(/^==/m) === -1 ? undefined : rest.search(/^==/m))
}

interface Unit {
  name: string
  subject?: string
  parent?: string
}

/** "  - Branch 410 (bombs, launchers and vehicles)" → a unit whose parent is the item above it, one level up. */
function structureUnits(): Unit[] {
  const stack: string[] = []
  return sectionText(STRUCTURE)
    .split('\n')
    .flatMap((line) => {
      const m = /^( *)- (.+?)(?: \((.+)\))?$/.exec(line)
      if (!m) return []
      const depth = m[1]!.length / 2
      stack.length = depth
      const unit = { name: m[2]!, subject: m[3], parent: stack[depth - 1] }
      stack.push(unit.name)
      return [unit]
    })
}

/** "located in Jamraya (Institute 1000, Branch 450), …": each place with the units there. */
function locatedUnits(): Array<{ place: string; unit: string }> {
  const paragraph = sectionText('Locations')
    .split('\n')
    .find((l) => l.includes('facilities are located in'))!
  return [...paragraph.matchAll(/([A-Za-z-]+(?:, [A-Z][a-z]+)?) \(([^)]+)\)/g)].flatMap((m) =>
    m[2]!.split(', ').map((unit) => ({ place: m[1]!.split(',')[0]!, unit })),
  )
}

function entityCountInFiles(): number {
  return readdirSync(DATASET)
    .filter((f) => f !== 'dataset.yaml' && f.endsWith('.yaml'))
    .reduce((sum, f) => sum + (parseYaml(readFileSync(`${DATASET}/${f}`, 'utf-8')) as { entities: unknown[] }).entities.length, 0)
}

describe('the curated cers dataset', () => {
  let t: TempStore
  let result: ImportResult
  const entities = new Map<string, Entity>()
  const statements: StoredStatement[] = []

  beforeAll(async () => {
    t = await openTempStore()
    result = await t.importFile('yaml', DATASET)
    for await (const { entity, statements: s } of t.store.iterateEntities('cers')) {
      entities.set(entity.id, entity)
      statements.push(...s)
    }
  })
  afterAll(() => t.cleanup())

  const named = (name: string) => [...entities.values()].find((e) => [...(e.properties.name ?? []), ...(e.properties.alias ?? [])].includes(name))

  it('imports every entity of its files with zero warnings', () => {
    expect(result.warnings).toEqual([])
    expect(result.version.warnings).toBe(0)
    expect(result.version.entities).toBe(entityCountInFiles())
    expect(result.version.dataset).toBe('cers')
  })

  it('holds every unit of "Structure (as of 2023)" with the parent the article indents it under', () => {
    const units = structureUnits()
    expect(units.length).toBe(25)
    for (const unit of units) {
      const entity = named(unit.name)
      expect(entity, unit.name).toBeDefined()
      expect(entity!.schema).toBe('Organization')
      expect(entity!.properties.description, unit.name).toEqual(unit.subject ? [unit.subject] : undefined)
      const parent = unit.parent ? named(unit.parent)!.id : 'cers-ssrc'
      expect(entity!.properties.parent, unit.name).toEqual([parent])
    }
    const fromStructure = new Set(statements.filter((s) => s.prop === 'name' && s.source.section === STRUCTURE).map((s) => s.value))
    expect([...fromStructure].sort()).toEqual(units.map((u) => u.name).sort())
  })

  it('places each unit the Locations section names at an Address in that town', () => {
    const pairs = locatedUnits()
    expect(pairs.length).toBe(12)
    for (const { place, unit } of pairs) {
      const addresses = (named(unit)?.properties.addressEntity ?? []).map((id) => entities.get(id))
      expect(
        addresses.map((a) => a?.properties.city?.[0]),
        `${unit} in ${place}`,
      ).toContain(place)
    }
    for (const address of [...entities.values()].filter((e) => e.schema === 'Address')) {
      expect(Number(address.properties.latitude?.[0]), address.id).toBeGreaterThan(32)
      expect(Number(address.properties.longitude?.[0]), address.id).toBeGreaterThan(35)
    }
  })

  it('cites an article section for every value', () => {
    const sections = new Set(articleSections())
    const listed = (parseYaml(readFileSync(`${DATASET}/dataset.yaml`, 'utf-8')) as { sections: string[] }).sections
    expect(listed.filter((section) => !sections.has(section))).toEqual([])
    expect(statements.length).toBe(result.version.statements)
    for (const s of statements) {
      expect(sections.has(s.source.section ?? ''), `${s.entityId}.${s.prop} '${s.value}' cites '${s.source.section}'`).toBe(true)
      expect(s.source.locator).toBe(`entity ${s.entityId}`)
      expect(s.source.file).toMatch(/^[a-z-]+\.yaml$/)
    }
  })

  it('names the Center in English, French and Arabic, as the article writes it', () => {
    const names = statements.filter((s) => s.entityId === 'cers-ssrc' && s.prop === 'name')
    const byLang = (lang: string) => names.filter((s) => s.lang === lang).map((s) => s.value)
    expect(byLang('eng')).toContain('Syrian Scientific Studies and Research Center')
    expect(byLang('fra')).toEqual([ARTICLE.split('\n')[2]])
    expect(byLang('ara')).toEqual([/Native Name A: (.+)/.exec(ARTICLE)![1]])
    expect(entities.get('cers-ssrc')!.properties.abbreviation?.sort()).toEqual(['CERS', 'SSRC'])
  })

  it('holds every linked institute the article lists, by its name and abbreviation', () => {
    const listed = sectionText('Linked civil and military institutes')
      .split('\n')
      .map((line) => /^- (.+) \((\w+)\)$/.exec(line))
      .filter((m) => m !== null)
    expect(listed.length).toBe(4)
    for (const [, name, abbreviation] of listed) {
      const entity = [...entities.values()].find((e) => e.properties.abbreviation?.includes(abbreviation!))
      expect(entity?.properties.name, abbreviation).toContain(name)
    }
  })

  it('refers the Center to its EU and UK entries as those files number them', () => {
    const eu = (
      parseCsv(readFileSync(sharedData('eu-journal-annexes-opensanctions/32012R0036-syria.csv'), 'utf-8'), { columns: true }) as Array<Record<string, string>>
    ).find((r) => r.schema === 'LegalEntity' && r.name!.includes('(CERS)'))!
    const uk = readFileSync(sharedData('uk-hmt-ofsi-conlist/2018-04-13/sanctionsconlist.csv'), 'latin1')
      .split('\n')
      .find((l) => l.startsWith('SCIENTIFIC STUDIES AND RESEARCH CENTER (SSRC),'))!
      .trim()
      .split(',')
      .at(-1)
    expect(entities.get('cers-ssrc')!.referents).toEqual(expect.arrayContaining([`eu-journal-32012r0036-${eu.recordId}`, `gb-hmt-${uk}`, 'ofac-9352']))
  })
})

describe('the cers dataset merged with the OFAC SDN list', () => {
  let t: TempStore

  beforeAll(async () => {
    t = await openFixtureStore('cers+ofac')
  })
  afterAll(() => t.cleanup())

  it('makes the Center and its SDN entry one entity from both datasets', async () => {
    const fromOfac = await t.store.getEntity('ofac-9352')
    const fromCers = await t.store.getEntity('cers-ssrc')
    expect(fromOfac?.entity.id).toBe(fromCers?.entity.id)
    expect(fromCers!.entity.datasets).toEqual(expect.arrayContaining(['cers', 'us_ofac_sdn']))
    expect(fromCers!.entity.properties.name).toEqual(
      expect.arrayContaining(['SCIENTIFIC STUDIES AND RESEARCH CENTER', 'Syrian Scientific Studies and Research Center']),
    )
    expect(fromCers!.entity.referents).toContain('ofac-9352')
  })

  it('merges Amr Armanazi and the three 2007 designations with their SDN entries too', async () => {
    for (const [curated, listed] of [
      ['cers-amr-armanazi', 'ofac-15488'],
      ['cers-hiast', 'ofac-10128'],
      ['cers-electronics-institute', 'ofac-10129'],
      ['cers-nscl', 'ofac-10130'],
    ] as const) {
      const merged = await t.store.getEntity(listed)
      expect(merged?.entity.id, listed).toBe(curated)
      expect(merged!.entity.datasets).toEqual(['cers', 'us_ofac_sdn'])
    }
  })
})
