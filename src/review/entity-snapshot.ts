/**
 * What a cleared false positive was cleared against: the matched entity's names, dates, places,
 * identifiers, topics and datasets. When a later list version changes any of them, the clearance no
 * longer covers what the list now says, so it lapses and a new alert cites the change.
 */
import type { ScreenedHit } from './screened-hit.js'

const WATCHED = [
  'name',
  'alias',
  'previousName',
  'weakAlias',
  'birthDate',
  'birthPlace',
  'nationality',
  'citizenship',
  'country',
  'jurisdiction',
  'idNumber',
  'passportNumber',
  'registrationNumber',
  'imoNumber',
  'program',
  'programId',
  'topics',
]

export type EntitySnapshot = Record<string, string[]>

export function snapshotOf(hit: Pick<ScreenedHit, 'properties' | 'datasets'>): EntitySnapshot {
  const snapshot: EntitySnapshot = {}
  for (const prop of WATCHED) {
    const values = (hit.properties[prop] ?? []).filter((v) => typeof v === 'string') as string[]
    if (values.length > 0) snapshot[prop] = [...new Set(values)].sort()
  }
  snapshot.datasets = [...hit.datasets].sort()
  return snapshot
}

export interface SnapshotChange {
  prop: string
  added: string[]
  removed: string[]
}

/** What changed between the cleared snapshot and the entity now, property by property. */
export function snapshotChanges(before: EntitySnapshot, after: EntitySnapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = []
  for (const prop of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = new Set(before[prop] ?? [])
    const now = new Set(after[prop] ?? [])
    const added = [...now].filter((v) => !was.has(v))
    const removed = [...was].filter((v) => !now.has(v))
    if (added.length > 0 || removed.length > 0) changes.push({ prop, added, removed })
  }
  return changes
}

/** "birthDate: added 1960-01-01; name: removed X", for messages. */
export function describeChanges(changes: SnapshotChange[]): string {
  return changes
    .map((c) => {
      const parts = [c.added.length > 0 ? `added ${c.added.join(', ')}` : '', c.removed.length > 0 ? `removed ${c.removed.join(', ')}` : '']
      return `${c.prop}: ${parts.filter(Boolean).join(', ')}`
    })
    .join('; ')
}
