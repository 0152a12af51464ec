/**
 * One record's XML as a plain tree, parsed by fast-xml-parser with entity processing off: the
 * parser never reads a DTD's entities, and the five XML entities and character references are
 * decoded here instead.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { AppError } from '../../errors.js'

/** An element: each child tag to its occurrences, text-only children as strings. */
export interface XmlNode {
  [tag: string]: Array<XmlNode | string>
}

const parser = new XMLParser({
  ignoreAttributes: true,
  // No entity processing at all: a DTD's entities are never expanded, even if one slipped through.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true,
  // Every child as an array, so a tag that occurs once reads like one that repeats.
  isArray: () => true,
})

/** Parse one record's XML; malformed XML is a `bad_file` naming the line in the file. */
export function parseRecord(xml: string, name: string, where: { file: string; line: number }): XmlNode {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    const line = where.line + valid.err.line - 1
    throw new AppError('bad_file', `Malformed XML in <${name}>: ${valid.err.msg}`, { file: where.file, line })
  }
  const parsed = parser.parse(xml) as XmlNode
  const record = parsed[name]?.[0]
  if (typeof record !== 'object') return {}
  const mixed = findMixedContent(record, name)
  if (mixed) {
    throw new AppError('bad_file', `Text outside any tag inside <${mixed}>: expected only elements there (a stray character, or a damaged file).`, {
      file: where.file,
      line: where.line,
    })
  }
  return record
}

// The parser keeps text next to child elements under this key; list records never have such text.
const TEXT_KEY = '#text'

/** The name of the first element holding both text and child elements, if any. */
function findMixedContent(node: XmlNode, name: string): string | undefined {
  if (TEXT_KEY in node) return name
  for (const [tag, items] of Object.entries(node)) {
    for (const item of items) {
      const found = typeof item === 'object' ? findMixedContent(item, tag) : undefined
      if (found) return found
    }
  }
  return undefined
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decode the predefined XML entities and character references; any other `&name;` stays as written. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return fromCodePoint(parseInt(ref.slice(2), 16)) ?? whole
    if (ref.startsWith('#')) return fromCodePoint(parseInt(ref.slice(1), 10)) ?? whole
    return NAMED[ref] ?? whole
  })
}

function fromCodePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}

/** The non-empty texts of a child tag, decoded and with white space collapsed. */
export function texts(node: XmlNode, tag: string): string[] {
  return (node[tag] ?? [])
    .filter((item): item is string => typeof item === 'string')
    .map((item) => decodeXmlText(item).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/** The first text of a child tag. */
export function text(node: XmlNode, tag: string): string | undefined {
  return texts(node, tag)[0]
}

/** The element children of a tag (empty elements are skipped). */
export function children(node: XmlNode, tag: string): XmlNode[] {
  return (node[tag] ?? []).filter((item): item is XmlNode => typeof item === 'object')
}

/** The VALUE texts of a repeated wrapper tag: `<NATIONALITY><VALUE>Iraq</VALUE></NATIONALITY>`. */
export function values(node: XmlNode, tag: string): string[] {
  return children(node, tag).flatMap((child) => texts(child, 'VALUE'))
}
