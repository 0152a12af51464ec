/**
 * OpenSanctions delta files (entities.delta.json): each line `{"op": "ADD"|"MOD"|"DEL", "entity": …}`
 * changes one entity of the previous version. The import writes that version with the changes applied:
 * ADD and MOD replace the entity by id, DEL removes it, every other entity carries over. A folder of
 * deltas (one subfolder per version, as OpenSanctions publishes them) is applied in version order.
 */
import { basename } from 'node:path'
import { AppError, type ErrorLocation } from '../../errors.js'
import type { EntityDraft } from '../../model/entity-draft.js'
import { REFERENT_PROP, type SourceRef } from '../../model/statement.js'
import type { ImportContext, Importer, PreviousEntity } from '../types.js'
import { resolveDeltaFiles } from './export-files.js'
import { checkEntity, draftFromFtm, entityIdOf, isDeltaLine } from './ftm-entity.js'
import { readJsonLines, type JsonLine } from './json-lines.js'

export const ftmDelta: Importer = {
  format: 'ftm-delta',
  defaultDataset: 'ftm',
  title: 'FollowTheMoney delta (OpenSanctions entities.delta.json), applied to the previous version',
  expects: 'an entities.delta.json file, or a folder of versions each holding one (applied in name order)',
  patchesPrevious: true,
  read: readDelta,
}

type Op = 'ADD' | 'MOD' | 'DEL'

interface Change {
  /** The new entity, or null when the entity is deleted. */
  draft: EntityDraft | null
  /** The first operation of the delta on this id, to check against the previous version. */
  firstOp: Op
  firstSource: SourceRef
}

async function* readDelta(ctx: ImportContext): AsyncGenerator<EntityDraft> {
  const changes = await readChanges(ctx)
  const previousIds = new Set<string>()
  for await (const previous of ctx.previous()) {
    previousIds.add(previous.entity.id)
    if (!changes.has(previous.entity.id)) yield carryOver(ctx, previous)
  }
  if (previousIds.size === 0) ctx.warn(`Dataset '${ctx.dataset}' has no live version: the delta is applied to an empty dataset.`, { file: basename(ctx.path) })
  for (const [id, change] of changes) {
    if (change.draft) yield change.draft
    warnMismatch(ctx, id, change, previousIds.has(id))
  }
}

/** Every change of every delta file, the later one winning for an id. */
async function readChanges(ctx: ImportContext): Promise<Map<string, Change>> {
  const changes = new Map<string, Change>()
  for (const path of await resolveDeltaFiles(ctx.path)) {
    let first = true
    for await (const at of readJsonLines(path, { encoding: ctx.encoding ?? 'utf-8', onProgress: ctx.progress })) {
      if (first && !isDeltaLine(at.value)) {
        throw new AppError(
          'bad_input',
          'This is not a delta file (its first line is not {"op": …, "entity": …}). Import a full export with `vigil import ftm`.',
          { file: at.file, line: at.line },
        )
      }
      first = false
      applyLine(ctx, changes, at)
    }
  }
  return changes
}

function applyLine(ctx: ImportContext, changes: Map<string, Change>, at: JsonLine) {
  const where: ErrorLocation = { file: at.file, line: at.line }
  const op = opOf(at.value, where)
  const entity = (at.value as { entity: unknown }).entity
  const id = entityIdOf(entity, where)
  const draft = op === 'DEL' ? null : draftFromFtm(ctx, checkEntity(entity, where), at)
  const earlier = changes.get(id)
  changes.set(id, {
    draft,
    firstOp: earlier?.firstOp ?? op,
    firstSource: earlier?.firstSource ?? { file: at.file, locator: `line ${at.line}, id ${id}` },
  })
}

function opOf(value: unknown, where: ErrorLocation): Op {
  const op = isDeltaLine(value) ? (value as { op: string }).op : undefined
  if (op === 'ADD' || op === 'MOD' || op === 'DEL') return op
  throw new AppError('bad_file', `Expected a delta operation {"op": "ADD"|"MOD"|"DEL", "entity": …}, found ${op ? `op '${op}'` : 'another value'}.`, where)
}

/** The previous version's entity, written again unchanged: each value keeps the source it came from. */
function carryOver(ctx: ImportContext, { entity, statements }: PreviousEntity): EntityDraft {
  const draft = ctx.entity(entity.schema, entity.id, statements[0]?.source ?? {})
  for (const s of statements) {
    if (s.prop === REFERENT_PROP) draft.addReferent(s.value, s.source)
    else draft.add(s.prop, s.value, { lang: s.lang, source: s.source })
  }
  return draft
}

// A delta that modifies or deletes what the previous version lacks was made against another version.
function warnMismatch(ctx: ImportContext, id: string, change: Change, inPrevious: boolean) {
  if (inPrevious) return
  if (change.firstOp === 'MOD') ctx.warn(`MOD of ${id}, which the previous version does not hold; added as new`, change.firstSource)
  if (change.firstOp === 'DEL') ctx.warn(`DEL of ${id}, which the previous version does not hold; nothing to delete`, change.firstSource)
}
