/**
 * Splitting a big XML list into its records without holding the document: text arrives in chunks,
 * and each `<RECORD>…</RECORD>` is cut out whole, with the line it starts on, for a small parser.
 * The prolog is checked before anything is yielded: a DTD is refused, and so is a foreign root.
 */
import { AppError } from '../../errors.js'
import { assertSafeXml, countNewlines } from './xml-safety.js'

export interface XmlLayout {
  file: string
  /** The expected root element, e.g. CONSOLIDATED_LIST. */
  root: string
  /** The element names that are records, e.g. INDIVIDUAL and ENTITY. */
  records: string[]
}

export type XmlPiece = { kind: 'root'; tag: string; line: number } | { kind: 'record'; name: string; xml: string; line: number }

// A real record is a few kilobytes; anything this large is a broken file, not a record.
const MAX_RECORD_CHARS = 8 * 1024 * 1024
const MAX_PROLOG_CHARS = 64 * 1024
// Kept back when no record starts in the buffer, so a tag cut between chunks is still found.
const TAIL_CHARS = 256

/** Yield the root start tag, then each record, in document order; throw on a truncated or foreign file. */
export async function* splitRecords(text: AsyncIterable<string>, layout: XmlLayout): AsyncGenerator<XmlPiece> {
  const state = { buf: '', line: 1, inProlog: true, closed: false }
  for await (const chunk of text) {
    state.buf += chunk
    yield* drain(state, layout)
  }
  finish(state, layout)
}

interface SplitState {
  buf: string
  /** Line number of buf[0]. */
  line: number
  inProlog: boolean
  closed: boolean
}

function* drain(state: SplitState, layout: XmlLayout): Generator<XmlPiece> {
  if (state.closed) return keepTail(state, layout)
  if (state.inProlog) {
    const root = readProlog(state, layout)
    if (!root) return
    yield root
  }
  const start = new RegExp(`<(${layout.records.join('|')})(?=[\\s/>])|</${layout.root}\\s*>`, 'g')
  for (;;) {
    start.lastIndex = 0
    const found = start.exec(state.buf)
    if (!found) return keepTail(state, layout)
    if (!found[1]) return closeRoot(state, layout, found.index)
    const record = cutRecord(state, layout, found.index, found[1])
    if (!record) return
    yield record
  }
}

/** Find the root start tag; refuse a DTD and a root of another name. Undefined until the tag is complete. */
function readProlog(state: SplitState, layout: XmlLayout): XmlPiece | undefined {
  const { buf } = state
  const where = { file: layout.file, line: state.line }
  assertSafeXml(buf, where)
  let i = 0
  for (;;) {
    i = buf.indexOf('<', i)
    if (i < 0 || buf.length - i < 4) return waitInProlog(state, layout)
    const skip = buf.startsWith('<?', i) ? '?>' : buf.startsWith('<!--', i) ? '-->' : undefined
    if (skip) {
      const end = buf.indexOf(skip, i)
      if (end < 0) return waitInProlog(state, layout)
      i = end + skip.length
      continue
    }
    // The whole start tag first: a name cut at the end of a chunk would read as another name.
    const end = buf.indexOf('>', i)
    if (end < 0) return waitInProlog(state, layout)
    const name = buf.slice(i, end + 1).match(/^<([A-Za-z_][\w:.-]*)[\s/>]/)?.[1]
    const line = state.line + countNewlines(buf.slice(0, i))
    if (name !== layout.root) {
      throw new AppError('bad_file', `The root element is ${name ? `<${name}>` : 'missing'}, not <${layout.root}>: this is not the file this format reads.`, {
        file: layout.file,
        line,
      })
    }
    consume(state, end + 1)
    state.inProlog = false
    return { kind: 'root', tag: buf.slice(i, end + 1), line }
  }
}

function waitInProlog(state: SplitState, layout: XmlLayout): undefined {
  if (state.buf.length > MAX_PROLOG_CHARS) {
    throw new AppError('bad_file', `No <${layout.root}> element in the first ${MAX_PROLOG_CHARS} characters: this is not the file this format reads.`, {
      file: layout.file,
      line: state.line,
    })
  }
  return undefined
}

/** Cut out the record starting at `at`; undefined (keeping it buffered) until its end tag has arrived. */
function cutRecord(state: SplitState, layout: XmlLayout, at: number, name: string): XmlPiece | undefined {
  const line = state.line + countNewlines(state.buf.slice(0, at))
  const end = recordEnd(state.buf, at, name)
  if (end < 0) {
    consume(state, at)
    if (state.buf.length > MAX_RECORD_CHARS) {
      throw new AppError('bad_file', `<${name}> is not closed within ${MAX_RECORD_CHARS} characters: the file is broken.`, { file: layout.file, line })
    }
    return undefined
  }
  const xml = state.buf.slice(at, end)
  assertSafeXml(xml, { file: layout.file, line })
  consume(state, end)
  return { kind: 'record', name, xml, line }
}

/** Offset just past the record's end tag (or its self-closing start tag), or -1 when not yet read. */
function recordEnd(buf: string, at: number, name: string): number {
  const tagEnd = buf.indexOf('>', at)
  if (tagEnd < 0) return -1
  if (buf[tagEnd - 1] === '/') return tagEnd + 1
  const close = new RegExp(`</${name}\\s*>`, 'g')
  close.lastIndex = tagEnd
  const m = close.exec(buf)
  return m ? m.index + m[0].length : -1
}

function closeRoot(state: SplitState, layout: XmlLayout, at: number): void {
  assertSafeXml(state.buf.slice(0, at), { file: layout.file, line: state.line })
  state.closed = true
  consume(state, state.buf.length)
}

function keepTail(state: SplitState, layout: XmlLayout): void {
  // Checked whole before the cut, so a declaration split across chunks is still seen.
  assertSafeXml(state.buf, { file: layout.file, line: state.line })
  if (state.buf.length > TAIL_CHARS) consume(state, state.buf.length - TAIL_CHARS)
}

function consume(state: SplitState, upTo: number): void {
  state.line += countNewlines(state.buf.slice(0, upTo))
  state.buf = state.buf.slice(upTo)
}

function finish(state: SplitState, layout: XmlLayout): void {
  const where = { file: layout.file, line: state.line }
  if (state.inProlog) throw new AppError('bad_file', `No <${layout.root}> element: the file is empty, truncated or not this format.`, where)
  if (state.closed) return
  const open = state.buf.match(new RegExp(`<(${layout.records.join('|')})(?=[\\s/>])`))
  if (open) {
    const line = state.line + countNewlines(state.buf.slice(0, open.index))
    throw new AppError('bad_file', `The file ends inside <${open[1]}> (started on line ${line}): it is truncated. Download it again.`, {
      file: layout.file,
      line,
    })
  }
  throw new AppError('bad_file', `The file ends before </${layout.root}>: it is truncated. Download it again.`, {
    file: layout.file,
    line: state.line + countNewlines(state.buf),
  })
}
