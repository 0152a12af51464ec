/** Party reasons: listed (a match at the threshold), controlled or linked (derived risk), possible match. */
import { isListed } from './derived-risk.js'
import type { PathStep, Reason, ScreenedParty } from './shipment.js'

export function partyReasons(parties: ScreenedParty[], threshold: number): Reason[] {
  const reasons: Reason[] = []
  for (const p of parties) {
    const party = { index: p.index, role: p.role, name: p.name }
    const who = `The ${roleLabel(p.role)} "${p.name}"`
    // A match is any entity in the data at the threshold; only one carrying the sanction topic is listed.
    const listed = p.matches.find((m) => m.match)
    if (listed !== undefined) {
      if (isListed(listed.entity)) {
        reasons.push({
          code: 'party.listed',
          severity: 'block',
          party,
          detail: `${who} matches ${listed.entity.caption} (${listed.entity.id}), listed on ${listed.entity.datasets.join(', ')}, with score ${listed.score} (threshold ${threshold}).`,
        })
      }
      for (const path of p.risk.paths) {
        const controlled = path.topic === 'sanction.control'
        reasons.push({
          code: controlled ? 'party.controlled' : 'party.linked',
          severity: 'block',
          party,
          path: path.steps,
          detail: `${who} (${listed.entity.caption}) is ${controlled ? 'controlled by' : 'linked to'} ${path.listed.caption}, listed on ${path.listed.datasets.join(', ')}: ${path.explanation}`,
        })
      }
      for (const warning of p.risk.warnings) {
        reasons.push({ code: 'party.ownership_warning', severity: 'review', party, detail: `${who} (${listed.entity.caption}): ${warning}` })
      }
    } else if (p.matches.length > 0) {
      const near = p.matches[0]!
      reasons.push({
        code: 'party.possible_match',
        severity: 'review',
        party,
        detail: `${who} resembles ${near.entity.caption} (${near.entity.id}), on ${near.entity.datasets.join(', ')}, with score ${near.score}: below the match threshold (${threshold}) but close enough for an analyst to check.`,
      })
    }
  }
  return reasons
}

/** "Higher Institute…, unit of Syrian Scientific Studies…". */
export function describePath(path: PathStep[]): string {
  return path.map((s, i) => (i === 0 || s.relation === undefined ? s.caption : `${s.relation} ${s.caption}`)).join(', ')
}

export function roleLabel(role: string): string {
  return role.replace('_', ' ')
}
