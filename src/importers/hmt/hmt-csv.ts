/**
 * HM Treasury's consolidated list of financial sanctions targets (ConList.csv): one row per name,
 * one Group ID per listed person, entity or ship. Each group becomes one entity with its
 * documents and one Sanction per regime. Windows-1252 by default; a UTF-8 file is recognised.
 */
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import type { ImportContext, Importer } from '../types.js'
import { applyAddress, applyName, applyPersonFacts, documentsOf, startGroup, type GroupBuilder } from './group-entity.js'
import { readGroups, type GroupRow } from './group-rows.js'

export const hmtCsv: Importer = {
  format: 'hmt-csv',
  defaultDataset: 'gb_hmt_sanctions',
  title: 'UK HM Treasury (OFSI) consolidated list (CSV)',
  expects: 'the consolidated list CSV (ConList.csv or sanctionsconlist.csv), as published by HM Treasury',
  read: readHmt,
}

async function* readHmt(ctx: ImportContext): AsyncGenerator<EntityDraft> {
  const { file, groups } = await readGroups(ctx)
  for (const [groupId, rows] of groups) yield* mapGroup(ctx, groupId, rows, file)
}

function* mapGroup(ctx: ImportContext, groupId: string, rows: GroupRow[], file: string): Generator<EntityDraft> {
  const group = startGroup(ctx, groupId, rows, file)
  const documents = new Map<string, EntityDraft>()
  for (const row of rows) {
    applyName(group, row)
    if (group.entity.schema.name === 'Person') applyPersonFacts(group, row)
    applyAddress(group, row)
    documentsOf(ctx, group, row, documents)
  }
  yield group.entity
  yield* documents.values()
  yield* sanctionsOf(ctx, group, rows)
}

// "UN Ref QDe.004", "UN REF:QE.A.146.14": the UN's reference for the same listing.
const UN_REF = /\bUN\s*Ref(?:erence)?\s*(?:No\.?)?\s*:?\s*([A-Z]{2,3}[a-z]?\.(?:[A-Z]\.)?\d+(?:\.\d+)?)/i

/** One Sanction per regime the group is listed under, with its listing and update dates. */
function* sanctionsOf(ctx: ImportContext, group: GroupBuilder, rows: GroupRow[]): Generator<EntityDraft> {
  const byRegime = new Map<string, EntityDraft>()
  for (const row of rows) {
    const regime = row.get('Regime')
    const id = makeId(group.entity.id, 'sanction', byRegime.size && !byRegime.has(regime) ? regime : '')
    const sanction =
      byRegime.get(regime) ??
      ctx.entity('Sanction', id, group.source(row)).add('entity', group.entity.id).add('authority', 'HM Treasury').add('country', 'gb').add('program', regime)
    byRegime.set(regime, sanction)
    const source = group.source(row)
    sanction.add('listingDate', row.get('Listed On'), { source }).add('modifiedAt', row.get('Last Updated'), { source })
    sanction.add('startDate', row.get('Date Designated'), { source }).add('authorityId', row.get('UK Sanctions List Ref'), { source })
    sanction.add('unscId', row.get('Other Information').match(UN_REF)?.[1], { source })
  }
  yield* byRegime.values()
}
