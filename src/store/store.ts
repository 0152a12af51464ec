/** What the rest of Vigil needs of a store; SQLite and PostgreSQL implement it behind the same callers (open-store.ts). */
import type { Entity } from '../model/entity.js'
import type { Statement, StoredStatement } from '../model/statement.js'
import type { MigrationStatus } from './migrations/migrate.js'
import type { RecordStore } from './records/record-store.js'

export interface VersionMeta {
  dataset: string
  format: string
  sourcePath: string
  sourceUrl?: string
  /** Who imports, for the audit record (`cli:OS-USER`, `user:NAME`); `system` when not given. */
  actor?: string
}

export interface ImportTotals {
  entities: number
  statements: number
  warnings: Array<{ message: string; file?: string; locator?: string }>
  warningCount: number
  sourceDate?: string
}

/** What an import writes through: batches of statements, all inside one transaction. */
export interface StatementWriter {
  write(statements: readonly Statement[]): Promise<void>
}

export interface VersionInfo {
  dataset: string
  version: string
  status: 'loading' | 'live' | 'retired'
  format: string
  sourcePath: string
  sourceUrl: string | null
  sourceDate: string | null
  importedAt: string | null
  entities: number
  statements: number
  warnings: number
}

export interface EntityWithProvenance {
  entity: Entity
  statements: StoredStatement[]
}

export interface EntityDetail extends EntityWithProvenance {
  /** Entities that point at this one: its sanctions, ownerships, memberships, units, links. */
  related: Array<{ prop: string; entity: Entity; statements: StoredStatement[] }>
  /** Entities this one points at (e.g. its parent), outside the cross-references. */
  references: Array<{ prop: string; entity: Entity }>
}

/** Which dataset versions a lookup reads. */
export interface EntityLookup {
  /** A data version's dataset versions (each must still be kept); without them, the live versions. */
  versions?: readonly Pick<VersionInfo, 'dataset' | 'version'>[]
}

/** Checks an import passes inside its transaction; a throw refuses it and the live version stays. */
export interface ImportGate {
  /** Before anything is read, with the dataset's live version (e.g. a format check). */
  beforeFill?(live: VersionInfo | undefined): void
  /** After the file is read, before the new version goes live (e.g. a shrink check). */
  beforeLive?(live: VersionInfo | undefined, totals: ImportTotals): void
}

export interface Store {
  /** Where the data is, for messages and logs: a file path, or a database URL without its password. */
  readonly location: string
  /** What opening the store migrated: every process migrates at start, `vigil migrate` reports it. */
  readonly migration: MigrationStatus
  /** Users, screenings, alerts, decisions and the rest of review/, with the audit chain. */
  readonly records: RecordStore
  /**
   * Call `listener` whenever a dataset's live version may have changed, in this or another process:
   * PostgreSQL announces each committed import (LISTEN/NOTIFY); SQLite is polled every `pollMs`.
   * Resolves to the function that stops watching.
   */
  watchVersions(listener: () => void, pollMs: number): Promise<() => Promise<void>>
  /**
   * Write a new version of a dataset in one transaction and make it live only if `fill` succeeds
   * and the gate lets it through. A throw, or a process killed meanwhile, leaves the previous version serving.
   */
  importVersion(meta: VersionMeta, fill: (writer: StatementWriter) => Promise<ImportTotals>, gate?: ImportGate): Promise<VersionInfo>
  /** Make a kept version of a dataset live again (a rollback); the live one is retired, not deleted. */
  activateVersion(dataset: string, version: string, actor?: string): Promise<VersionInfo>
  /** The live version of each dataset. */
  listDatasets(): Promise<VersionInfo[]>
  /** Every version of one dataset kept in the store, newest first. */
  listVersions(dataset: string): Promise<VersionInfo[]>
  /**
   * One entity, merged with every entity that refers to the same thing, with the provenance of every
   * value; it goes by the canonical id of its cluster (model/clusters.ts), whichever member was asked for.
   */
  getEntity(id: string, lookup?: EntityLookup): Promise<EntityDetail | undefined>
  /** The entities of a dataset's live version, merged within the dataset, in id order. */
  iterateEntities(dataset: string): AsyncIterable<EntityWithProvenance>
  /** The entities of one kept version of a dataset (live or retired), in id order. */
  iterateVersionEntities(dataset: string, version: string): AsyncIterable<EntityWithProvenance>
  close(): Promise<void>
}
