/**
 * Korean names to Latin. Hangul syllables are read in the Revised Romanization (Gim Jeongeun);
 * family names also in the spellings people use (Kim, Lee, Park, Choi) and the North Korean ones
 * (Ri, Pak); given names both as separate syllables and joined ("Jong Un", "Jongun").
 */

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
const VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i']
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']

// Family names as people and lists write them, the usual spelling first.
const FAMILY_NAMES: Record<string, string[]> = {
  김: ['kim', 'gim'],
  이: ['lee', 'yi', 'ri', 'rhee', 'i'],
  리: ['ri', 'lee'],
  박: ['park', 'pak', 'bak'],
  최: ['choi', 'choe'],
  정: ['jung', 'jeong', 'chung', 'chong'],
  강: ['kang', 'gang'],
  조: ['cho', 'jo'],
  윤: ['yoon', 'yun'],
  장: ['jang', 'chang'],
  임: ['lim', 'im', 'rim'],
  림: ['rim', 'lim'],
  한: ['han'],
  오: ['oh', 'o'],
  서: ['seo', 'suh', 'so'],
  신: ['shin', 'sin'],
  권: ['kwon', 'gwon'],
  황: ['hwang'],
  안: ['ahn', 'an'],
  송: ['song'],
  류: ['ryu', 'yoo', 'yu'],
  유: ['yoo', 'yu'],
  홍: ['hong'],
  전: ['jeon', 'chon', 'jun'],
  고: ['ko', 'go'],
  문: ['moon', 'mun'],
  손: ['son', 'sohn'],
  양: ['yang'],
  배: ['bae', 'pae'],
  백: ['baek', 'paek'],
  허: ['heo', 'hur'],
  노: ['roh', 'no'],
  로: ['ro', 'roh'],
  남: ['nam'],
  심: ['shim', 'sim'],
  구: ['koo', 'ku', 'gu'],
  곽: ['kwak'],
  성: ['sung', 'seong'],
  차: ['cha'],
  주: ['joo', 'ju', 'chu'],
  우: ['woo', 'u'],
  명: ['myung', 'myong'],
}

/** One syllable in the Revised Romanization. */
function readSyllable(ch: string): string {
  const code = ch.codePointAt(0)! - 0xac00
  if (code < 0 || code > 11171) return ch
  return INITIALS[Math.floor(code / 588)]! + VOWELS[Math.floor((code % 588) / 28)]! + FINALS[code % 28]!
}

function readWord(word: string, familyFirst: boolean): string[] {
  const syllables = [...word]
  if (familyFirst && syllables.length >= 2 && syllables.length <= 4) {
    const family = FAMILY_NAMES[syllables[0]!] ?? [readSyllable(syllables[0]!)]
    const given = syllables.slice(1).map(readSyllable)
    // McCune-Reischauer and most passports write eo and eu as o and u: "Jong Un", not "Jeong Eun".
    const plain = given.map((g) => g.replace(/eo/g, 'o').replace(/eu/g, 'u'))
    return [
      `${family[0]} ${given.join(' ')}`,
      `${family[0]} ${plain.join(' ')}`,
      `${family[0]} ${plain.join('')}`,
      ...family.slice(1).map((f) => `${f} ${plain.join(' ')}`),
    ]
  }
  return [syllables.map(readSyllable).join('')]
}

/**
 * The Latin readings of a Hangul text. A name in one word of two to four syllables is read family
 * name first ("김정은" → kim jeong eun); a name in several words is a transcription of a foreign
 * name ("블라디미르 푸틴"), read word by word.
 */
export function romanizeKorean(text: string): string[] {
  const words = text.split(/[^\p{Script=Hangul}]+/u).filter(Boolean)
  let readings = ['']
  for (const word of words) {
    const options = readWord(word, words.length === 1)
    readings = readings.flatMap((r) => options.map((o) => `${r} ${o}`.trim())).slice(0, 6)
  }
  return readings.filter(Boolean)
}
