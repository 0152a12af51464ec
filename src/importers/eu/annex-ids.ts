/**
 * Entity ids for annex records: `eu-journal-<celex>-<recordId>`, the id other datasets refer to.
 * The transcription numbers records per annex, so one file can use a number twice (Syria: 1 is
 * Bashar AL-ASSAD in annex II.A and Bena Properties in II.B), and some annexes (ISIL/Al-Qaida)
 * number nothing. Merging those would join different parties, so: the first record with a number
 * keeps the plain id; a later one in another annex gets the annex in its id; a record without a
 * number gets its annex and a hash of its name.
 */
import { createHash } from 'node:crypto'
import { makeId } from '../../model/entity-draft.js'

export interface AnnexKey {
  celex: string
  recordId: string
  annex: string
  name: string
}

export class AnnexIds {
  private readonly used = new Set<string>()

  /** The id for a record; `duplicate` when even the qualified id was taken (a record given twice). */
  idFor(key: AnnexKey): { id: string; duplicate: boolean } {
    for (const id of candidates(key)) {
      if (this.used.has(id)) continue
      this.used.add(id)
      return { id, duplicate: false }
    }
    return { id: candidates(key).at(-1)!, duplicate: true }
  }
}

function candidates({ celex, recordId, annex, name }: AnnexKey): string[] {
  if (!recordId.trim()) return [makeId('eu-journal', celex, annex, nameHash(name))]
  return [makeId('eu-journal', celex, recordId), makeId('eu-journal', celex, annex, recordId)]
}

function nameHash(name: string): string {
  return createHash('sha1').update(name.trim().toLowerCase()).digest('hex').slice(0, 10)
}
