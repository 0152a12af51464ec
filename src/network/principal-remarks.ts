/**
 * Relations read from remarks that name a principal: "front company for …", "acts as a proxy for
 * …", "subsidiary of …", "owned or controlled by …" (rules in resources/principal-remarks.yaml).
 * The named principal is resolved only by an exact folded name of a listed entity: a name that
 * matches none, or more than one, gives no relation.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { Entity } from '../model/entity.js'
import { resourcePath } from '../resources.js'
import { foldText } from '../text/normalize.js'
import type { Relation } from './relations.js'

export interface PrincipalRule {
  kind: 'front_for' | 'controlled_by'
  pattern: RegExp
  /** Schemata whose remarks the rule does not read. */
  notFor: string[]
}

const NAME_PROPS = ['name', 'alias', 'previousName', 'weakAlias', 'abbreviation']
const REMARK_PROPS = ['notes', 'summary']
// Where a principal's name ends: a clause break or a connective that starts a new statement.
const CLAUSE_END = /,|;|\s(?:which|who|that|and is|and has|and was|it is|therefore|through|since)\s/i

/** The rules of resources/principal-remarks.yaml. */
export function loadPrincipalRules(): PrincipalRule[] {
  const raw = parse(readFileSync(resourcePath('principal-remarks.yaml'), 'utf-8')) as {
    rules: { kind: PrincipalRule['kind']; pattern: string; not_for?: string[] }[]
  }
  return raw.rules.map((r) => ({ kind: r.kind, pattern: new RegExp(r.pattern, 'i'), notFor: r.not_for ?? [] }))
}

let defaultRules: PrincipalRule[] | undefined

/** Relations from every remark of every entity (and every Sanction's reason) that names a listed principal. */
export function remarkRelations(
  entities: Map<string, Entity>,
  rules: PrincipalRule[] = (defaultRules ??=
    loadPrincipalRules()),
  resolve: (id: string) => string = (id) => id,
): Relation[] {
  const names = listedNames(entities)
  const out: Relation[] = []
  for (const entity of entities.values()) {
    for (const { subject, text } of remarksOf(entity, resolve)) {
      const schema = entities.get(subject)?.schema ?? entity.schema
      for (const rule of rules) {
        if (rule.notFor.includes(schema)) continue
        const named = rule.pattern.exec(text)?.groups?.principal
        const to = named === undefined ? undefined : resolvePrincipal(named, names)
        if (!to || to === subject) continue
        out.push({ from: subject, to, kind: rule.kind, via: entity.id, source: `remark: ${excerpt(text, named!)}` })
        break
      }
    }
  }
  return out
}

/** An entity's own remarks, or a Sanction's reasons, each with the entity it speaks of. */
function remarksOf(entity: Entity, resolve: (id: string) => string): { subject: string; text: string }[] {
  if (entity.schema === 'Sanction') {
    const subjects = (entity.properties.entity ?? []).map(resolve)
    return subjects.flatMap((subject) => (entity.properties.reason ?? []).map((text) => ({ subject, text })))
  }
  return REMARK_PROPS.flatMap((p) => entity.properties[p] ?? []).map((text) => ({ subject: entity.id, text }))
}

/** Folded name → the id of the one listed entity that bears it, or null when several do. */
function listedNames(entities: Map<string, Entity>): Map<string, string | null> {
  const names = new Map<string, string | null>()
  for (const entity of entities.values()) {
    if (!(entity.properties.topics ?? []).includes('sanction')) continue
    for (const prop of NAME_PROPS) {
      for (const name of entity.properties[prop] ?? []) {
        const key = foldText(name)
        if (!key) continue
        const seen = names.get(key)
        names.set(key, seen === undefined || seen === entity.id ? entity.id : null)
      }
    }
  }
  return names
}

/** "the Scientific Studies and Research Centre (SSRC), which is …" → the listed entity's id. */
export function resolvePrincipal(named: string, names: Map<string, string | null>): string | undefined {
  const clause = named.split(CLAUSE_END)[0] ?? ''
  const inParens = /\(([^)]+)\)/.exec(clause)?.[1]
  const bare = clause.replace(/\([^)]*\)/g, ' ').replace(/^\s*the\s+/i, '')
  for (const candidate of [bare, inParens]) {
    const id = candidate ? names.get(foldText(candidate)) : undefined
    if (id) return id
  }
  return undefined
}

function excerpt(text: string, named: string): string {
  const at = text.indexOf(named)
  const start = Math.max(0, text.lastIndexOf('.', at) + 1)
  return text.slice(start, at + Math.min(named.length, 80)).trim()
}
