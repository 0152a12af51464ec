/**
 * Refusing XML that could expand or fetch entities. A list file has no use for a DTD, so any
 * DOCTYPE or ENTITY declaration is refused outright rather than parsed with limits: that stops
 * billion-laughs expansion and external entities (SYSTEM "file:///etc/passwd") alike.
 */
import { AppError } from '../../errors.js'

// XML spells these in upper case; matching any case costs nothing and refuses sloppy variants too.
const DECLARATION = /<!\s*(DOCTYPE|ENTITY)\b/i

/** Offset of the first DOCTYPE or ENTITY declaration in the text, or -1. */
export function findUnsafeDeclaration(text: string): number {
  return text.search(DECLARATION)
}

/** Throw `unsafe_xml` naming the line if the text declares a DOCTYPE or an entity; `line` is the text's first line. */
export function assertSafeXml(text: string, where: { file: string; line: number }): void {
  const at = findUnsafeDeclaration(text)
  if (at < 0) return
  const kind = text.slice(at).match(DECLARATION)![1]!.toUpperCase()
  throw new AppError(
    'unsafe_xml',
    `The document declares a ${kind}; Vigil does not expand DTD entities (entity-expansion and external-entity attacks). Remove the declaration, or get the list from its publisher again.`,
    { file: where.file, line: where.line + countNewlines(text.slice(0, at)) },
  )
}

/** Number of line feeds in a text. */
export function countNewlines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}
