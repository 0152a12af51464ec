/**
 * Each statement's place in its import, so a property's values come back in the order the source
 * gave them on every backend. Physical row order (SQLite's rowid, PostgreSQL's ctid) is not enough:
 * on PostgreSQL the first_seen carry-over UPDATE rewrites rows, which moves them.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  // Rows written before this migration keep a null ordinal and their physical order among equals.
  await db.schema.alterTable('statements').addColumn('ordinal', 'integer').execute()
}
