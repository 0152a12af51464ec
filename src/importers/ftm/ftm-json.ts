/**
 * FollowTheMoney JSON lines, as OpenSanctions exports a dataset (entities.ftm.json): one entity per
 * line, imported as a complete new version of the dataset. Delta files (entities.delta.json) patch a
 * version instead and have their own format, `ftm-delta` (see ftm-delta.ts), because only a delta
 * needs the previous version loaded, and a delta taken for a full file would drop everything else.
 */
import type { EntityDraft } from '../../model/entity-draft.js'
import { AppError } from '../../errors.js'
import type { ImportContext, Importer } from '../types.js'
import { checkEntity, draftFromFtm, isDeltaLine } from './ftm-entity.js'
import { resolveExportFile } from './export-files.js'
import { readJsonLines } from './json-lines.js'

export const ftmJson: Importer = {
  format: 'ftm',
  defaultDataset: 'ftm',
  title: 'FollowTheMoney entities (JSON lines, e.g. OpenSanctions entities.ftm.json)',
  expects: 'an entities.ftm.json file, or the folder of a dataset export holding one',
  read: readFtm,
}

async function* readFtm(ctx: ImportContext): AsyncGenerator<EntityDraft> {
  const path = await resolveExportFile(ctx.path, 'entities.ftm.json')
  let first = true
  for await (const at of readJsonLines(path, { encoding: ctx.encoding ?? 'utf-8', onProgress: ctx.progress })) {
    if (first && isDeltaLine(at.value)) {
      throw new AppError(
        'bad_input',
        'This is a delta file ({"op": …, "entity": …} lines). Import it with `vigil import ftm-delta`, which applies it to the previous version.',
        { file: at.file, line: at.line },
      )
    }
    first = false
    const where = { file: at.file, line: at.line }
    yield draftFromFtm(ctx, checkEntity(at.value, where), at)
  }
}
