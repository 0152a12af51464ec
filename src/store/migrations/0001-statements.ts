/** The store as it was first built: datasets, their versions, the statements and import warnings of each. */
import { sql, type Kysely } from 'kysely'
import type { ColumnTypes } from './column-types.js'

export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  // `ifNotExists`: a store written before versioned migrations already has these tables and adopts them.
  await db.schema
    .createTable('datasets')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('live_version', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('versions')
    .ifNotExists()
    .addColumn('id', types.serialType, types.serialKey)
    .addColumn('dataset', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('source_path', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('source_date', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('entity_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('statement_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warning_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .createTable('statements')
    .ifNotExists()
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('entity_id', types.bytewiseText, (c) => c.notNull())
    .addColumn('schema', 'text', (c) => c.notNull())
    .addColumn('prop', types.bytewiseText, (c) => c.notNull())
    .addColumn('prop_type', 'text', (c) => c.notNull())
    .addColumn('value', types.bytewiseText, (c) => c.notNull())
    .addColumn('lang', 'text')
    .addColumn('original_value', 'text')
    .addColumn('source_file', 'text')
    .addColumn('source_locator', 'text')
    .addColumn('source_section', 'text')
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('warnings')
    .ifNotExists()
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('source_file', 'text')
    .addColumn('source_locator', 'text')
    .execute()
  await db.schema.createIndex('statements_entity').ifNotExists().on('statements').columns(['version_id', 'entity_id', 'prop']).execute()
  // Finds the entities that point at an entity (its sanctions, owners, units) and cross-references.
  // Partial: only entity references, whose values are short ids (a btree entry has a size limit on PostgreSQL).
  await db.schema
    .createIndex('statements_refs')
    .ifNotExists()
    .on('statements')
    .columns(['value', 'version_id'])
    .where(sql.ref('prop_type'), '=', 'entity')
    .execute()
  await db.schema.createIndex('versions_dataset').ifNotExists().on('versions').columns(['dataset', 'id']).execute()
}
