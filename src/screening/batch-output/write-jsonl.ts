/** Screened rows as JSON lines: the row as read, then the results with their full explanations. */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { OutputRow } from './output-row.js'

export async function writeJsonl(path: string, rows: OutputRow[]): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf-8' })
  for (const { line, cells, outcome } of rows) {
    const record = {
      line,
      row: cells,
      match: outcome.error ? null : outcome.hits.some((h) => h.match),
      score: outcome.hits[0]?.score ?? null,
      ...(outcome.error ? { error: outcome.error } : {}),
      ...(outcome.warnings.length > 0 ? { warnings: outcome.warnings } : {}),
      results: outcome.hits,
    }
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
