/**
 * Greek names to Latin: ELOT 743, the convention of Greek passports ("Νικόλαος" → nikolaos), and a
 * reading by sound for transcribed foreign names, where ντ and μπ are d and b ("Βλαντίμιρ" → vladimir).
 */

// Digraphs first: "ου" is u, "μπ" b at the start of a word, "ντ" d at the start.
const DIGRAPHS: Array<[RegExp, string]> = [
  [/ου/g, 'ou'],
  [/αι/g, 'ai'],
  [/ει/g, 'ei'],
  [/οι/g, 'oi'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
  [/(^|\s)μπ/g, '$1b'],
  [/(^|\s)ντ/g, '$1d'],
  [/γγ/g, 'ng'],
  [/γκ/g, 'gk'],
  [/γξ/g, 'nx'],
  [/γχ/g, 'nch'],
]
const LETTERS: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
}

function read(text: string, bySound: boolean): string {
  let s = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  if (bySound) s = s.replace(/ντ/g, 'd').replace(/μπ/g, 'b').replace(/ου/g, 'u')
  for (const [pattern, latin] of DIGRAPHS) s = s.replace(pattern, latin)
  return [...s].map((ch) => LETTERS[ch] ?? ch).join('')
}

/** The Latin readings of a Greek text (lower case, accents dropped): ELOT first, then by sound. */
export function romanizeGreek(text: string): string[] {
  return [...new Set([read(text, false), read(text, true)])]
}
