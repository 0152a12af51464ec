/**
 * Chinese names to pinyin. any-ascii reads each character as a capitalized syllable ("XiJinPing");
 * names are family name first, and the given name is written as one word ("Xi Jinping") or as
 * syllables ("Xi Jin Ping"). A transcribed foreign name ("贝拉克·奥巴马") is one word per part.
 */
import anyAscii from 'any-ascii'

function syllables(text: string): string[] {
  return anyAscii(text)
    .split(/(?=[A-Z])|[^A-Za-z]+/)
    .map((s) => s.toLowerCase())
    .filter(Boolean)
}

/** The pinyin readings of a Chinese text: family name and joined given name first. */
export function romanizeChinese(text: string): string[] {
  const parts = text.split(/[^\p{Script=Han}]+/u).filter(Boolean)
  if (parts.length > 1) return [parts.map((p) => syllables(p).join('')).join(' ')]
  const s = syllables(text)
  if (s.length < 2) return [s.join('')]
  // Two-character family names are rare; "Ouyang" and "Sima" are the exceptions that prove it.
  return [`${s[0]} ${s.slice(1).join('')}`, s.join(' ')]
}
