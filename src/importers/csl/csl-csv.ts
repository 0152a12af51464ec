/**
 * The US Consolidated Screening List (trade.gov) as CSV: one row is one listing of a party on one of
 * the Treasury, Commerce and State lists. The party becomes a Person, Organization, Vessel, Airplane
 * or LegalEntity; its listing a Sanction naming the list; structured ids Identification entities.
 * A party on two lists (SDN and PLC) has one _id and two rows: one entity with two sanctions.
 */
import { basename } from 'node:path'
import { AppError } from '../../errors.js'
import { makeId, type EntityDraft } from '../../model/entity-draft.js'
import type { SourceRef } from '../../model/statement.js'
import { readCsv } from '../read/csv-records.js'
import type { ImportContext, Importer } from '../types.js'
import { isHeaderRow, readHeader, splitList, toRow, type CslHeader, type CslRow } from './columns.js'
import { parseIdCell, type IdFact } from './id-cells.js'
import { applyAddresses, applyNames, applyPersonFacts, applyVessel, partyId, schemaOf } from './party.js'
import { ofacDetailsUrl, parseSource, type CslSource } from './sources.js'

export const cslCsv: Importer = {
  format: 'csl-csv',
  defaultDataset: 'us_trade_csl',
  title: 'US Consolidated Screening List (trade.gov CSV)',
  expects: 'the consolidated.csv (or csl.csv) export of the Consolidated Screening List',
  read: readCsl,
}

async function* readCsl(ctx: ImportContext): AsyncGenerator<EntityDraft> {
  const file = basename(ctx.path)
  let header: CslHeader | undefined
  for await (const { fields, line } of readCsv(ctx.path, { encoding: ctx.encoding ?? 'utf-8', onProgress: ctx.progress })) {
    if (!header) {
      header = readHeader(fields, file, line)
      continue
    }
    if (isHeaderRow(fields, header)) continue
    if (fields.length !== header.width) {
      throw new AppError('bad_file', `Expected ${header.width} fields as in the header, found ${fields.length}: the file is truncated or not a CSL export.`, {
        file,
        line,
      })
    }
    const row = toRow(fields, header)
    const source = { file, locator: `line ${line}, _id ${row._id || '(none)'}` }
    if (!row.name) {
      ctx.warn('row has no name; skipped', source)
      continue
    }
    yield* readRow(ctx, row, source)
  }
  if (!header) throw new AppError('bad_file', 'The file holds no header row.', { file })
}

function* readRow(ctx: ImportContext, row: CslRow, where: SourceRef): Generator<EntityDraft> {
  const list = parseSource(row.source)
  const party = ctx
    .entity(schemaOf(row), partyId(row), where)
    .add('topics', list.topic)
    .add('sourceUrl', ofacDetailsUrl(list, row.entity_number))
    .add('notes', row.remarks)
  applyNames(party, row, list)
  applyAddresses(party, row)
  applyPersonFacts(party, row)
  applyVessel(party, row)
  const sanction = sanctionOf(ctx, party, row, list)
  const documents = applyIdFacts(ctx, party, sanction, parseIdCell(row.ids))
  yield party
  yield sanction
  yield* documents
}

function sanctionOf(ctx: ImportContext, party: EntityDraft, row: CslRow, list: CslSource): EntityDraft {
  const provisions = [
    row.federal_register_notice && `Federal Register: ${row.federal_register_notice}`,
    row.license_requirement && `License requirement: ${row.license_requirement}`,
    row.license_policy && `License policy: ${row.license_policy}`,
    row.standard_order && `Standard order: ${row.standard_order.toUpperCase()}`,
  ]
  return ctx
    .entity('Sanction', makeId(party.id, 'sanction', list.code), party.source)
    .add('entity', party.id)
    .add('authority', list.text)
    .add('authorityId', row.entity_number)
    .add('country', 'us')
    .add('program', splitList(row.programs))
    .add('listingDate', row.start_date)
    .add('endDate', row.end_date)
    .add(
      'provisions',
      provisions.filter((p): p is string => Boolean(p)),
    )
    .add('recordId', row._id)
    .add('sourceUrl', row.source_list_url)
    .add('programUrl', row.source_information_url)
}

/** Apply the ids cell; returns the Identification and Passport entities it holds. */
function applyIdFacts(ctx: ImportContext, party: EntityDraft, sanction: EntityDraft, facts: IdFact[]): EntityDraft[] {
  const documents: EntityDraft[] = []
  for (const fact of facts) {
    if (fact.kind === 'document') documents.push(documentOf(ctx, party, fact))
    else if (fact.kind === 'provision') sanction.add('provisions', fact.value)
    else if (fact.kind === 'note') party.add('notes', fact.value)
    else if (party.accepts(fact.prop)) party.add(fact.prop, fact.value)
    else party.add('notes', `${fact.prop}: ${fact.value}`)
  }
  return documents
}

function documentOf(ctx: ImportContext, holder: EntityDraft, fact: Extract<IdFact, { kind: 'document' }>): EntityDraft {
  if (fact.prop && holder.accepts(fact.prop)) holder.add(fact.prop, fact.number)
  const id = makeId(holder.id, fact.passport ? 'passport' : 'id', fact.number)
  return ctx
    .entity(fact.passport ? 'Passport' : 'Identification', id, holder.source)
    .add('holder', holder.id)
    .add('number', fact.number)
    .add('type', fact.type)
    .add('country', fact.country)
}
