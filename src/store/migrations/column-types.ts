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
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  if (dialect === 'postgres') {
    return {
      dialect,
      serialType: 'serial',
      serialKey: (c) => c.primaryKey(),
      // A database created in en_US sorts 'a-b' and 'ab' differently from SQLite; COLLATE "C" pins the order.
      bytewiseText: sql`text collate "C"`,
    }
  }
  return {
    dialect,
    serialType: 'integer',
    serialKey: (c) => c.primaryKey().autoIncrement(),
    // SQLite compares text with BINARY unless told otherwise.
    bytewiseText: sql`text`,
  }
}
