import { describe, expect, it } from 'vitest'
import { AnnexIds } from './annex-ids.js'

const key = (recordId: string, annex: string, name = 'X') => ({ celex: '32012R0036', recordId, annex, name })

describe('AnnexIds', () => {
  it('gives a numbered record the plain id', () => {
    expect(new AnnexIds().idFor(key('21', 'II.B'))).toEqual({ id: 'eu-journal-32012r0036-21', duplicate: false })
  })

  it('adds the annex when a later annex reuses the number', () => {
    const ids = new AnnexIds()
    expect(ids.idFor(key('1', 'II.A', 'Bashar AL-ASSAD')).id).toBe('eu-journal-32012r0036-1')
    expect(ids.idFor(key('1', 'II.B', 'Bena Properties')).id).toBe('eu-journal-32012r0036-ii.b-1')
  })

  it('names an unnumbered record by annex and name, and spots a repeat', () => {
    const ids = new AnnexIds()
    const first = ids.idFor(key('', 'I', 'Ali Ghaleb Himmat'))
    expect(first.id).toMatch(/^eu-journal-32012r0036-i-[0-9a-f]{10}$/)
    expect(ids.idFor(key('', 'I', 'Abu Sayyaf Group')).id).not.toBe(first.id)
    expect(ids.idFor(key('', 'I', 'Ali Ghaleb Himmat'))).toEqual({ id: first.id, duplicate: true })
  })
})
