import { it } from 'vitest'
import { openTempStore } from '../support/temp-store.js'
it('try', async () => {
  const t = await openTempStore()
  const r = await t.importFile('un-xml', '/work/shared/data/un-sc-consolidated/2026-02-27/UN_consolidated.xml')
  const m = new Map<string, number>(); for (const w of r.warnings) m.set(w.message, (m.get(w.message) ?? 0) + 1)
  console.log(r.version.entities, r.seconds, r.warnings.length, m)
  for (const id of ['unsc-6908011', 'unsc-6908081', 'unsc-110436']) console.log(JSON.stringify((await t.store.getEntity(id))?.entity.properties))
  await t.cleanup()
})
