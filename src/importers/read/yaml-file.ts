/**
 * Reading a YAML file into nodes that know their line, for curated data where every error must point
 * at the line to fix. Curated files are small, so the file is read whole.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml'
import { AppError } from '../../errors.js'
import { countNewlines, NUL_MESSAGE } from './nul-guard.js'
import { checkFile } from './text-file.js'

export interface YamlFile {
  /** The file's base name, as warnings and sources cite it. */
  file: string
  size: number
  root: Node | null
  /** The 1-based line a node starts on. */
  lineOf(node: Node | null | undefined): number | undefined
}

export interface YamlEntry {
  key: string
  value: Node | null
  line?: number
}

/** Parse a YAML file; a syntax error (or a duplicate key) is a `bad_file` error with its line. */
export async function readYamlFile(path: string): Promise<YamlFile> {
  const file = basename(path)
  const size = await checkFile(path)
  const text = decodeUtf8(await readFile(path), file)
  const lineCounter = new LineCounter()
  // The failsafe schema keeps every scalar as written: '0123' stays '0123', '33.50' stays '33.50'.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, schema: 'failsafe' })
  const error = doc.errors[0]
  if (error) {
    const line = error.linePos?.[0].line
    // The parser's message repeats the position and quotes the text; the location says it once.
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new AppError('bad_file', `Invalid YAML: ${message}.`, { file, line })
  }
  return {
    file,
    size,
    root: (doc.contents as Node | null) ?? null,
    lineOf: (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined),
  }
}

/** The entries of a mapping node, in file order, or a `bad_file` error naming what was expected. */
export function mapEntries(yaml: YamlFile, node: Node | null, what: string, record?: string): YamlEntry[] {
  if (!isMap(node)) throw new AppError('bad_file', `Expected ${what} to be a mapping (key: value).`, { file: yaml.file, line: yaml.lineOf(node), record })
  return (node as YAMLMap).items.map((pair: Pair) => {
    const key = pair.key as Node | null
    return { key: String(isScalar(key) ? key.value : key), value: (pair.value as Node | null) ?? null, line: yaml.lineOf(key) }
  })
}

/** The items of a sequence node; a single item stands for a list of one. */
export function listItems(node: Node | null): Array<Node | null> {
  return isSeq(node) ? (node.items as Array<Node | null>) : [node]
}

/** The text of a scalar node as written, or undefined for anything else. */
export function scalarText(node: Node | null | undefined): string | undefined {
  return isScalar(node) ? String(node.value ?? '') : undefined
}

function decodeUtf8(bytes: Buffer, file: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new AppError('bad_encoding', 'File is not valid UTF-8. Curated YAML files must be saved as UTF-8.', { file })
  }
  const nul = text.indexOf('\u0000')
  if (nul >= 0) throw new AppError('bad_file', NUL_MESSAGE, { file, line: 1 + countNewlines(text, nul) })
  return text
}
