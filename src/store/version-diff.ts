/**
 * What changed between two versions of a dataset: entities added, removed and changed, found by
 * walking both versions in id order side by side, so memory holds the differences, not the lists.
 * Sources (file lines) are left out: a record that moved down the file is not a change.
 */
import type { Entity } from '../model/entity.js'
import type { EntityWithProvenance } from './store.js'

export interface EntitySummary {
  id: string
  schema: string
  caption: string
}

export interface EntityChange extends EntitySummary {
  /** The properties whose values differ (and "schema" when the schema does). */
  props: string[]
}

export interface VersionDiff {
  counts: { added: number; removed: number; changed: number; unchanged: number }
  added: EntitySummary[]
  removed: EntitySummary[]
  changed: EntityChange[]
}

/** Diff two id-ordered streams of entities, `from` the older version and `to` the newer. */
export async function diffEntities(from: AsyncIterable<EntityWithProvenance>, to: AsyncIterable<EntityWithProvenance>): Promise<VersionDiff> {
  const diff: VersionDiff = { counts: { added: 0, removed: 0, changed: 0, unchanged: 0 }, added: [], removed: [], changed: [] }
  const older = from[Symbol.asyncIterator]()
  const newer = to[Symbol.asyncIterator]()
  let a = await older.next()
  let b = await newer.next()
  while (!a.done || !b.done) {
    const order = a.done ? 1 : b.done ? -1 : compare(a.value.entity.id, b.value.entity.id)
    if (order < 0) diff.removed.push(summary(a.value!.entity))
    else if (order > 0) diff.added.push(summary(b.value!.entity))
    else recordPair(diff, a.value!.entity, b.value!.entity)
    if (order <= 0) a = await older.next()
    if (order >= 0) b = await newer.next()
  }
  Object.assign(diff.counts, { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length })
  return diff
}

function recordPair(diff: VersionDiff, before: Entity, after: Entity): void {
  const props = changedProps(before, after)
  if (props.length === 0) diff.counts.unchanged++
  else diff.changed.push({ ...summary(after), props })
}

/** The properties whose value sets differ, in name order. */
export function changedProps(before: Entity, after: Entity): string[] {
  const names = [...new Set([...Object.keys(before.properties), ...Object.keys(after.properties)])].sort()
  const props = names.filter((p) => key(before.properties[p]) !== key(after.properties[p]))
  return before.schema === after.schema ? props : ['schema', ...props]
}

function key(values: string[] | undefined): string {
  return [...(values ?? [])].sort().join('\u0000')
}

function summary(entity: Entity): EntitySummary {
  return { id: entity.id, schema: entity.schema, caption: entity.caption }
}

// The store pages entities in binary id order (ids are ASCII), which `<` on strings matches.
function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}
