/**
 * The Store over Kysely: one query layer for every backend. Backends differ only in how they open
 * the connection and in the few hooks of backend.ts (sqlite.ts, postgres.ts).
 */
import { sql, type Kysely, type Transaction } from 'kysely'
import { AppError } from '../errors.js'
import { canonicalIdOf, resolveClusters } from '../model/clusters.js'
import { assembleEntity } from '../model/entity.js'
import { REFERENT_PROP, type Statement, type StoredStatement } from '../model/statement.js'
import type { Backend } from './backend.js'
import type { MigrationStatus } from './migrations/migrate.js'
import { appendAudit } from './records/audit-append.js'
import { KyselyRecords, type RecordStore } from './records/record-store.js'
import { fromRow, toRow, toVersionInfo } from './rows.js'
import type { EntityDetail, EntityLookup, EntityWithProvenance, ImportGate, ImportTotals, StatementWriter, Store, VersionInfo, VersionMeta } from './store.js'
import type { StatementTable, Tables } from './tables.js'
import { versionLabel } from './version-label.js'

// Warnings are few and short: one modest batch size serves both backends.
const WARNING_ROWS = 500
const PAGE_ENTITIES = 500

interface LiveVersion {
  id: number
  dataset: string
  label: string
}

export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Tables>,
    private readonly keepVersions: number,
    private readonly backend: Backend,
    readonly migration: MigrationStatus,
  ) {}

  /** Decisions and records, in the same database, under the audit chain. */
  get records(): RecordStore {
    return new KyselyRecords(this.db)
  }

  get location(): string {
    return this.backend.location
  }

  watchVersions(listener: () => void, pollMs: number): Promise<() => Promise<void>> {
    return this.backend.watchVersions(listener, pollMs)
  }

  async importVersion(meta: VersionMeta, fill: (writer: StatementWriter) => Promise<ImportTotals>, gate: ImportGate = {}): Promise<VersionInfo> {
    const started = new Date()
    const seen = started.toISOString()
    const versionId = await this.db.transaction().execute(async (trx) => {
      await this.backend.lockDataset(trx, meta.dataset)
      const previous = await this.prepareDataset(trx, meta.dataset, seen)
      const live = previous === null ? undefined : await versionById(trx, previous)
      gate.beforeFill?.(live)
      const id = await this.insertVersion(trx, meta, started)
      const writer = new BatchWriter(trx, id, seen, this.backend)
      const totals = await fill(writer)
      await writer.flush()
      gate.beforeLive?.(live, totals)
      if (previous !== null) {
        await this.backend.beforeBulkJoin(trx)
        await carryFirstSeen(trx, previous, id)
      }
      await this.finishVersion(trx, { dataset: meta.dataset, id, previous, totals, seen })
      await this.prune(trx, meta.dataset)
      // Last, so the chain's lock is held for the commit alone, not for the whole import.
      await appendAudit(trx, {
        actor: meta.actor ?? 'system',
        action: 'dataset.imported',
        target: `dataset:${meta.dataset}`,
        dataVersion: `${meta.dataset}@${versionLabel(started, id)}`,
        details: { format: meta.format, source: meta.sourcePath, entities: totals.entities, statements: totals.statements, warnings: totals.warningCount },
      })
      await this.backend.announce(trx, meta.dataset)
      return id
    })
    await this.backend.afterImport(this.db)
    return versionById(this.db, versionId)
  }

  private async prepareDataset(trx: Transaction<Tables>, dataset: string, now: string): Promise<number | null> {
    await trx
      .insertInto('datasets')
      .values({ name: dataset, live_version: null, updated_at: now })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute()
    const row = await trx.selectFrom('datasets').select('live_version').where('name', '=', dataset).executeTakeFirst()
    return row?.live_version ?? null
  }

  private async insertVersion(trx: Transaction<Tables>, meta: VersionMeta, started: Date): Promise<number> {
    const row = await trx
      .insertInto('versions')
      .values({
        dataset: meta.dataset,
        label: 'pending',
        status: 'loading',
        format: meta.format,
        source_path: meta.sourcePath,
        source_url: meta.sourceUrl ?? null,
        source_date: null,
        started_at: started.toISOString(),
        finished_at: null,
        entity_count: 0,
        statement_count: 0,
        warning_count: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .updateTable('versions')
      .set({ label: versionLabel(started, row.id) })
      .where('id', '=', row.id)
      .execute()
    return row.id
  }

  private async finishVersion(trx: Transaction<Tables>, done: { dataset: string; id: number; previous: number | null; totals: ImportTotals; seen: string }) {
    const { totals } = done
    for (let i = 0; i < totals.warnings.length; i += WARNING_ROWS) {
      const rows = totals.warnings.slice(i, i + WARNING_ROWS).map((w) => ({
        version_id: done.id,
        message: w.message,
        source_file: w.file ?? null,
        source_locator: w.locator ?? null,
      }))
      await trx.insertInto('warnings').values(rows).execute()
    }
    await trx
      .updateTable('versions')
      .set({
        status: 'live',
        finished_at: new Date().toISOString(),
        source_date: totals.sourceDate ?? null,
        entity_count: totals.entities,
        statement_count: totals.statements,
        warning_count: totals.warningCount,
      })
      .where('id', '=', done.id)
      .execute()
    if (done.previous !== null) {
      await trx.updateTable('versions').set({ status: 'retired' }).where('id', '=', done.previous).execute()
    }
    await trx.updateTable('datasets').set({ live_version: done.id, updated_at: done.seen }).where('name', '=', done.dataset).execute()
  }

  /** Drop the statements of versions beyond the newest `keepVersions` of a dataset. */
  private async prune(trx: Transaction<Tables>, dataset: string) {
    const old = await trx
      .selectFrom('versions')
      .select('id')
      .where('dataset', '=', dataset)
      .orderBy('id', 'desc')
      .offset(this.keepVersions)
      .limit(1_000_000)
      .execute()
    const ids = old.map((r) => r.id)
    if (ids.length === 0) return
    await trx.deleteFrom('statements').where('version_id', 'in', ids).execute()
    await trx.deleteFrom('warnings').where('version_id', 'in', ids).execute()
    await trx.deleteFrom('versions').where('id', 'in', ids).execute()
  }

  async listDatasets(): Promise<VersionInfo[]> {
    const rows = await this.db
      .selectFrom('versions')
      .innerJoin('datasets', 'datasets.live_version', 'versions.id')
      .selectAll('versions')
      .orderBy('versions.dataset')
      .execute()
    return rows.map(toVersionInfo)
  }

  async listVersions(dataset: string): Promise<VersionInfo[]> {
    const rows = await this.db.selectFrom('versions').selectAll().where('dataset', '=', dataset).orderBy('id', 'desc').execute()
    return rows.map(toVersionInfo)
  }

  async getEntity(id: string, lookup: EntityLookup = {}): Promise<EntityDetail | undefined> {
    const live = lookup.versions ? await this.keptVersions(lookup.versions) : await this.liveVersions()
    const cluster = await this.resolveCluster(id, live)
    const statements = await this.statementsOf([...cluster], live)
    if (statements.length === 0) return undefined
    const entity = assembleEntity(canonicalId(id, statements), statements)
    const related = await this.relatedTo([...cluster], live)
    const references = await this.referencedBy(statements, live)
    return { entity, statements, related, references }
  }

  async activateVersion(dataset: string, version: string, actor = 'system'): Promise<VersionInfo> {
    const id = await this.db.transaction().execute(async (trx) => {
      await this.backend.lockDataset(trx, dataset)
      const target = await trx.selectFrom('versions').select('id').where('dataset', '=', dataset).where('label', '=', version).executeTakeFirst()
      if (!target) throw new AppError('not_found', `No version ${version} of '${dataset}' is kept.`)
      await trx.updateTable('versions').set({ status: 'retired' }).where('dataset', '=', dataset).where('status', '=', 'live').execute()
      await trx.updateTable('versions').set({ status: 'live' }).where('id', '=', target.id).execute()
      await trx.updateTable('datasets').set({ live_version: target.id, updated_at: new Date().toISOString() }).where('name', '=', dataset).execute()
      await appendAudit(trx, { actor, action: 'dataset.rolled_back', target: `dataset:${dataset}`, dataVersion: `${dataset}@${version}` })
      await this.backend.announce(trx, dataset)
      return target.id
    })
    return versionById(this.db, id)
  }

  async *iterateEntities(dataset: string): AsyncIterable<EntityWithProvenance> {
    yield* this.entitiesOf((await this.liveVersions()).filter((v) => v.dataset === dataset))
  }

  async *iterateVersionEntities(dataset: string, version: string): AsyncIterable<EntityWithProvenance> {
    const row = await this.db
      .selectFrom('versions')
      .select(['id', 'dataset', 'label'])
      .where('dataset', '=', dataset)
      .where('label', '=', version)
      .executeTakeFirst()
    if (!row) throw new AppError('not_found', `No version ${version} of '${dataset}' is kept.`)
    yield* this.entitiesOf([row])
  }

  /** The entities of the given versions, merged by id, in id order, a page at a time. */
  private async *entitiesOf(live: LiveVersion[]): AsyncIterable<EntityWithProvenance> {
    // `in ()` is a syntax error on PostgreSQL: no versions, no entities.
    if (live.length === 0) return
    let after = ''
    for (;;) {
      const page = await this.db
        .selectFrom('statements')
        .select('entity_id')
        .distinct()
        .where(
          'version_id',
          'in',
          live.map((v) => v.id),
        )
        .where('entity_id', '>', after)
        .orderBy('entity_id')
        .limit(PAGE_ENTITIES)
        .execute()
      if (page.length === 0) return
      const statements = await this.statementsOf(
        page.map((r) => r.entity_id),
        live,
      )
      for (const group of groupBy(statements, (s) => s.entityId)) {
        yield { entity: assembleEntity(group[0]!.entityId, group), statements: group }
      }
      after = page[page.length - 1]!.entity_id
    }
  }

  async close(): Promise<void> {
    await this.db.destroy()
  }

  private async liveVersions(): Promise<LiveVersion[]> {
    return this.db
      .selectFrom('datasets')
      .innerJoin('versions', 'versions.id', 'datasets.live_version')
      .select(['versions.id as id', 'versions.dataset as dataset', 'versions.label as label'])
      .execute()
  }

  /** The stored versions a data version was built from; one pruned since cannot be read in part. */
  private async keptVersions(versions: NonNullable<EntityLookup['versions']>): Promise<LiveVersion[]> {
    // `in ()` and an empty `or` are errors on PostgreSQL: no versions, nothing to read.
    if (versions.length === 0) return []
    const rows = await this.db
      .selectFrom('versions')
      .select(['id', 'dataset', 'label'])
      .where((eb) => eb.or(versions.map((v) => eb.and([eb('dataset', '=', v.dataset), eb('label', '=', v.version)]))))
      .execute()
    const missing = versions.find((v) => !rows.some((r) => r.dataset === v.dataset && r.label === v.version))
    if (missing) {
      throw new AppError(
        'not_ready',
        `Version ${missing.version} of '${missing.dataset}' is no longer kept; a newer data version is on its way. Retry shortly.`,
      )
    }
    return rows
  }

  /** Every id linked to `id` by cross-references, in either direction, in the given versions. */
  private async resolveCluster(id: string, live: LiveVersion[]): Promise<Set<string>> {
    const ids = live.map((v) => v.id)
    const cluster = new Set([id])
    let frontier = [id]
    while (frontier.length > 0 && ids.length > 0) {
      const rows = await this.db
        .selectFrom('statements')
        .select(['entity_id', 'value'])
        .where('prop', '=', REFERENT_PROP)
        .where('version_id', 'in', ids)
        .where((eb) => eb.or([eb('entity_id', 'in', frontier), eb('value', 'in', frontier)]))
        .execute()
      frontier = rows.flatMap((r) => [r.entity_id, r.value]).filter((x) => !cluster.has(x))
      for (const x of frontier) cluster.add(x)
    }
    return cluster
  }

  private async statementsOf(entityIds: string[], live: LiveVersion[]): Promise<StoredStatement[]> {
    if (entityIds.length === 0 || live.length === 0) return []
    const byId = new Map(live.map((v) => [v.id, v]))
    const rows = await this.db
      .selectFrom('statements')
      .selectAll()
      .where('version_id', 'in', [...byId.keys()])
      .where('entity_id', 'in', entityIds)
      .orderBy('entity_id')
      .orderBy('prop')
      .orderBy('ordinal')
      .orderBy(sql.raw(this.backend.rowOrder))
      .execute()
    return rows.map((row) => {
      const version = byId.get(row.version_id)!
      return fromRow(row, version.dataset, version.label)
    })
  }

  private async relatedTo(ids: string[], live: LiveVersion[]): Promise<EntityDetail['related']> {
    if (live.length === 0) return []
    const refs = await this.db
      .selectFrom('statements')
      .select(['entity_id', 'prop'])
      .where('prop_type', '=', 'entity')
      .where('prop', '!=', REFERENT_PROP)
      .where('value', 'in', ids)
      .where(
        'version_id',
        'in',
        live.map((v) => v.id),
      )
      .execute()
    const props = new Map(refs.map((r) => [r.entity_id, r.prop]))
    const statements = await this.statementsOf([...props.keys()], live)
    return groupBy(statements, (s) => s.entityId).map((group) => ({
      prop: props.get(group[0]!.entityId)!,
      entity: assembleEntity(group[0]!.entityId, group),
      statements: group,
    }))
  }

  private async referencedBy(statements: StoredStatement[], live: LiveVersion[]): Promise<EntityDetail['references']> {
    const pointers = statements.filter((s) => s.propType === 'entity' && s.prop !== REFERENT_PROP)
    const targets = await this.statementsOf([...new Set(pointers.map((s) => s.value))], live)
    const byId = new Map(groupBy(targets, (s) => s.entityId).map((g) => [g[0]!.entityId, g]))
    return pointers.flatMap((p) => {
      const group = byId.get(p.value)
      return group ? [{ prop: p.prop, entity: assembleEntity(p.value, group) }] : []
    })
  }
}

/** Buffers statements and writes them in multi-row inserts. */
class BatchWriter implements StatementWriter {
  private buffer: StatementTable[] = []
  private written = 0

  constructor(
    private readonly trx: Transaction<Tables>,
    private readonly versionId: number,
    private readonly seen: string,
    private readonly backend: Backend,
  ) {}

  async write(statements: readonly Statement[]): Promise<void> {
    for (const s of statements) this.buffer.push(toRow(s, this.versionId, this.seen, this.written++))
    if (this.buffer.length >= this.backend.batchRows) await this.flush()
  }

  async flush(): Promise<void> {
    while (this.buffer.length > 0) {
      await this.backend.insertStatements(this.trx, this.buffer.splice(0, this.backend.batchRows))
    }
  }
}

async function versionById(db: Kysely<Tables>, id: number): Promise<VersionInfo> {
  return toVersionInfo(await db.selectFrom('versions').selectAll().where('id', '=', id).executeTakeFirstOrThrow())
}

/**
 * A value seen in the previous version keeps its first_seen date. One join (UPDATE … FROM, which
 * SQLite has since 3.33) rather than a correlated subquery a row: on PostgreSQL the subquery form
 * took 3.7 s for OFAC SDN's 262,117 statements.
 */
async function carryFirstSeen(trx: Transaction<Tables>, previous: number, current: number) {
  await sql`
    UPDATE statements AS s SET first_seen = o.first_seen
    FROM (
      SELECT entity_id, prop, value, MIN(first_seen) AS first_seen FROM statements
      WHERE version_id = ${previous} GROUP BY entity_id, prop, value
    ) AS o
    WHERE s.version_id = ${current} AND s.entity_id = o.entity_id AND s.prop = o.prop
      AND s.value = o.value AND o.first_seen < s.first_seen`.execute(trx)
}

/** The id a merged entity goes by: its cluster's canonical id, by the rule the data version's merge follows (model/clusters.ts). */
function canonicalId(asked: string, statements: StoredStatement[]): string {
  const referents = new Map<string, string[]>()
  for (const s of statements) {
    const list = referents.get(s.entityId) ?? referents.set(s.entityId, []).get(s.entityId)!
    if (s.prop === REFERENT_PROP) list.push(s.value)
  }
  return canonicalIdOf(resolveClusters([...referents].map(([id, refs]) => ({ id, referents: refs }))), asked)
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return [...groups.values()]
}
