/**
 * An entity being built by an importer: every value is checked against the schema, cleaned by its
 * type and tied to its source. A value that does not clean is a warning, never an exception, so the
 * record keeps its valid parts.
 */
import { AppError } from '../errors.js'
import { getProperty, getSchema, hasProperty, type Schema } from './ftm.js'
import { REFERENT_PROP, type SourceRef, type Statement } from './statement.js'
import { cleanValue, squash } from './values.js'

export type WarnFn = (message: string, source: SourceRef) => void

export interface ValueOptions {
  lang?: string
  /** Overrides the entity's source for this one value, e.g. a companion file's line. */
  source?: SourceRef
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

/** Make a safe entity id from parts: "ofac", "9352" → "ofac-9352". */
export function makeId(...parts: Array<string | number>): string {
  return parts
    .map((part) =>
      String(part)
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
}

export class EntityDraft {
  readonly schema: Schema
  private readonly values: Statement[] = []
  private readonly seen = new Set<string>()

  constructor(
    schemaName: string,
    readonly id: string,
    readonly source: SourceRef,
    private readonly warn: WarnFn,
  ) {
    this.schema = getSchema(schemaName, { file: source.file, record: source.locator })
    if (!ID_PATTERN.test(id)) {
      throw new AppError('bad_input', `Invalid entity id '${id}'.`, { file: source.file, record: source.locator })
    }
  }

  /** Add a value (or several); blanks are skipped, values that do not clean become warnings. */
  add(prop: string, raw: string | number | undefined | null | Array<string | undefined | null>, options: ValueOptions = {}): this {
    if (Array.isArray(raw)) {
      for (const item of raw) this.add(prop, item, options)
      return this
    }
    if (raw === undefined || raw === null) return this
    const property = getProperty(this.schema, prop, { file: this.source.file, record: this.source.locator })
    const source = options.source ?? this.source
    const cleaned = cleanValue(property.type.name, String(raw))
    if (!cleaned.ok) {
      this.warn(`${this.schema.name}.${prop}: ${cleaned.problem}`, source)
      return this
    }
    const written = squash(String(raw))
    for (const value of cleaned.values) {
      // Keep the source's own text only when cleaning changed more than white space.
      const original = value !== written ? written : undefined
      this.push({ prop, propType: property.type.name, value, lang: options.lang, originalValue: original, source })
    }
    return this
  }

  /** Record that this entity is the same as `id` in another dataset, so the store merges the two. */
  addReferent(id: string, source: SourceRef = this.source): this {
    this.push({ prop: REFERENT_PROP, propType: 'entity', value: id, source })
    return this
  }

  /** True when the schema has this property, so an importer can fall back (e.g. to notes) when it does not. */
  accepts(prop: string): boolean {
    return hasProperty(this.schema, prop)
  }

  /** The first value of a property, if any. */
  first(prop: string): string | undefined {
    return this.values.find((s) => s.prop === prop)?.value
  }

  has(prop: string): boolean {
    return this.values.some((s) => s.prop === prop)
  }

  statements(): readonly Statement[] {
    return this.values
  }

  private push(part: Omit<Statement, 'entityId' | 'schema'>) {
    const key = `${part.prop}\u0000${part.value}\u0000${part.lang ?? ''}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    this.values.push({ entityId: this.id, schema: this.schema.name, ...part })
  }
}
