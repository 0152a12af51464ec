/**
 * The EU's sanctions lists as CSV, in either of two layouts told apart by each file's header:
 * the Financial Sanctions File (FSF v1.0) and the regulation annexes transcribed by OpenSanctions.
 * A folder of such files is imported as one version.
 */
import type { EntityDraft } from '../../model/entity-draft.js'
import type { ImportContext, Importer } from '../types.js'
import { readAnnexFile } from './annex.js'
import { AnnexIds } from './annex-ids.js'
import { listEuFiles } from './files.js'
import { readFsfFile } from './fsf.js'
import { detectLayout } from './layouts.js'

async function* readEuCsv(ctx: ImportContext): AsyncGenerator<EntityDraft> {
  const files = listEuFiles(ctx.path)
  // Check every header first, so a wrong file in a folder fails before anything is read.
  const layouts = await Promise.all(files.map((f) => detectLayout(f.path)))
  const total = files.reduce((sum, f) => sum + f.size, 0)
  const ids = new AnnexIds()
  let before = 0
  for (const [i, { path, size }] of files.entries()) {
    const layout = layouts[i]!
    const onProgress = (done: number) => ctx.progress(before + done, total)
    if (layout.kind === 'fsf') yield* readFsfFile(ctx, { path, wrapped: layout.wrapped, onProgress })
    else yield* readAnnexFile(ctx, { path, header: layout.header, wrapped: layout.wrapped, unknown: layout.unknown, ids, onProgress })
    before += size
  }
}

export const euCsv: Importer = {
  format: 'eu-csv',
  defaultDataset: 'eu_fsf',
  title: 'EU consolidated financial sanctions (FSF CSV v1.0, or regulation annex CSVs)',
  expects: "an EU FSF CSV file (';'-separated, header from 'Date_file'), an annex CSV (header from 'celex,recordId,…'), or a folder of them",
  read: readEuCsv,
}
