/** The contract every list importer fulfils: read a path, yield complete entity drafts. */
import type { Entity } from '../model/entity.js'
import type { Statement } from '../model/statement.js'
import type { EntityDraft, WarnFn } from '../model/entity-draft.js'
import type { SourceRef } from '../model/statement.js'
import type { Encoding } from './read/encoding.js'

export interface ImportContext {
  /** The file (or, for multi-file formats, the folder or main file) to read. */
  path: string
  dataset: string
  /** The encoding the user named with --encoding, overriding the importer's default. */
  encoding?: Encoding
  warn: WarnFn
  /** Start an entity; its values will be tied to `source` unless a value names its own. */
  entity(schema: string, id: string, source: SourceRef): EntityDraft
  /** Bytes of the main file read so far, for the progress bar. */
  progress(done: number, total: number): void
  /**
   * The live version of the target dataset before this import, for delta files that patch it.
   * Empty unless the importer sets `patchesPrevious`.
   */
  previous(): AsyncIterable<PreviousEntity>
  /** The publication date the file states about itself (ISO), when it has one. */
  setSourceDate(date: string): void
}

/** An entity of the previous version, with its statements so carried-over values keep their sources. */
export interface PreviousEntity {
  entity: Entity
  statements: readonly Statement[]
}

export interface Importer {
  /** The name used on the command line: `vigil import <format> <path>`. */
  format: string
  /** The dataset an import goes to unless --dataset names another. */
  defaultDataset: string
  title: string
  /** What path the importer expects, for help texts. */
  expects: string
  /** True for formats that patch the previous version (delta files): it is loaded before the import starts. */
  patchesPrevious?: boolean
  read(ctx: ImportContext): AsyncIterable<EntityDraft>
}
