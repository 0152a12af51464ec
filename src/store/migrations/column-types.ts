/**
 * The few column definitions that SQL dialects spell differently. Every migration is one file for
 * both backends and asks this object where they differ, so a migration never branches on its own.
 */
import { sql, type ColumnDefinitionBuilder, type RawBuilder } from 'kysely'

export type DialectName = 'sqlite' | 'postgres'

export interface ColumnTypes {
  dialect: DialectName
  /** An integer key the database assigns on insert. */
  serialKey(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder
  serialType: 'integer' | 'serial'
  /** Ids and values compared and sorted byte by byte, whatever the database's locale. */
  bytewiseText: RawBuilder<unknown>
  /** Statements that make the database itself refuse UPDATE and DELETE of a table's rows (the audit log). */
  appendOnly(table: string): RawBuilder<unknown>[]
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  if (dialect === 'postgres') {
    return {
      dialect,
      serialType: 'serial',
      serialKey: (c) => c.primaryKey(),
      // A database created in en_US sorts 'a-b' and 'ab' differently from SQLite; COLLATE "C" pins the order.
      bytewiseText: sql`text collate "C"`,
      appendOnly: (table) => [
        sql`create or replace function vigil_refuse_change() returns trigger language plpgsql as $$
          begin raise exception 'Vigil: % rows are append-only; % refused', TG_TABLE_NAME, TG_OP; end $$`,
        sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)} for each row execute function vigil_refuse_change()`,
        sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)} for each statement execute function vigil_refuse_change()`,
      ],
    }
  }
  return {
    dialect,
    serialType: 'integer',
    serialKey: (c) => c.primaryKey().autoIncrement(),
    // SQLite compares text with BINARY unless told otherwise.
    bytewiseText: sql`text`,
    appendOnly: (table) =>
      ['update', 'delete'].map(
        (op) =>
          sql`create trigger ${sql.raw(`${table}_no_${op}`)} before ${sql.raw(op)} on ${sql.table(table)}
            begin select raise(abort, ${sql.lit(`Vigil: ${table} rows are append-only; ${op.toUpperCase()} refused`)}); end`,
      ),
  }
}
