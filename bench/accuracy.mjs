// Accuracy benchmark, on the built dist/ (run by `npm run bench`, or `node bench/accuracy.mjs` after
// `npm run build`). On the shared name-matching data:
//  (a) nomenklatura's labelled dev pairs: precision, recall, F1 at the default threshold, beside
//      logic-v2's frozen scores on the pairs both files share; tokens weigh by their rarity in the
//      merged real lists, as `vigil compare` weighs them with those lists loaded;
//  (b) the yente screening benchmark over an index of the real UN list: recall at rank 1 of each UN
//      positive (treated and untreated);
//  (c) watchman's cross-script pairs: each score against its expected minimum;
//  (d) rigour's spellings of Putin: the share that match "Vladimir Putin";
//  (e) the 1k validation negatives against every real list merged (bench/batch-lists.mjs), by
//      script: name only, and with birth date, nationality and gender;
//  (f) cross-script recall: a UN person's non-Latin name against the same person's Latin-only
//      entries in the merged lists;
//  (g) the `ofac` algorithm against OFAC Sanctions List Search's own scores (dev fixtures).
// Results: bench/results/accuracy.md and accuracy.json.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { crossScriptRecall, negativesByScript } from './accuracy-lists.mjs'
import { BATCH_LISTS } from './batch-lists.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DATA = join(ROOT, '..', 'shared', 'data', 'name-matching')
const UN_XML = join(ROOT, '..', 'shared', 'data', 'un-sc-consolidated', '2026-02-27', 'UN_consolidated.xml')
const dist = (p) => import(join(ROOT, 'dist', p))

const { parseQuery } = await dist('screening/query.js')
const { screenQuery } = await dist('screening/screen-query.js')
const { scoreCandidate } = await dist('scoring/algorithm.js')
const { DEFAULT_ALGORITHM, getAlgorithm } = await dist('scoring/algorithms.js')
const { listRarity } = await dist('scoring/compare-rarity.js')
const { foldText } = await dist('text/normalize.js')
const { openStore } = await dist('store/open-store.js')
const { importList } = await dist('store/import-list.js')
const { getImporter } = await dist('importers/registry.js')
const { loadDataVersion } = await dist('screening/data-version/data-version.js')
// The `ofac` algorithm's agreement statistics, once it is built.
const OFAC_AGREEMENT = join(ROOT, 'dist', 'scoring', 'ofac', 'agreement.js')

const ALGORITHM = DEFAULT_ALGORITHM
const THRESHOLD = ALGORITHM.threshold
const csv = (path) =>
  /** @type {Record<string, string>[]} */ (
    parse(readFileSync(path, 'utf-8'), { columns: true, skip_empty_lines: true, relax_column_count: true, comment: '#' })
  )
const truthy = (v) => /^(true|1|yes)$/i.test(String(v ?? '').trim())
const round = (x, n = 3) => Math.round(x * 10 ** n) / 10 ** n

function metrics(outcomes) {
  const c = { TP: 0, FP: 0, TN: 0, FN: 0 }
  for (const o of outcomes) c[o]++
  const precision = c.TP / Math.max(1, c.TP + c.FP)
  const recall = c.TP / Math.max(1, c.TP + c.FN)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...c, precision: round(precision), recall: round(recall), f1: round(f1) }
}
const outcome = (truth, predicted) => (truth ? (predicted ? 'TP' : 'FN') : predicted ? 'FP' : 'TN')

/** (a) The dev pairs, scored as `vigil compare` scores them with the merged lists loaded. */
function devPairs(rarity) {
  const rows = csv(join(DATA, 'nomenklatura', 'name_bench_cases.dev.csv'))
  const frozen = csv(join(DATA, 'nomenklatura', 'name_bench_logicv2-frozen.dev.csv'))
  const sides = rows.map((r) => [
    parseQuery({ schema: r.schema, properties: { name: r.name1 } }),
    parseQuery({ schema: r.schema, properties: { name: r.name2 } }),
  ])
  const key = (r) => [r.case_group, r.schema, r.name1, r.name2, String(truthy(r.is_match))].join('\u0001')
  const logic = new Map()
  for (const r of frozen) {
    if (!['TP', 'FP', 'TN', 'FN'].includes(r.outcome)) continue
    const list = logic.get(key(r)) ?? []
    list.push(r.outcome)
    logic.set(key(r), list)
  }
  const ours = []
  const shared = { vigil: [], logic: [] }
  const misses = []
  rows.forEach((r, i) => {
    const [a, b] = sides[i]
    const { score } = scoreCandidate(ALGORITHM, a, b, { rarity })
    const o = outcome(truthy(r.is_match), score >= THRESHOLD)
    ours.push(o)
    const match = logic.get(key(r))?.shift()
    if (match) {
      shared.vigil.push(o)
      shared.logic.push(match)
    }
    if (o === 'FP' || o === 'FN') misses.push({ outcome: o, schema: r.schema, name1: r.name1, name2: r.name2, score: round(score) })
  })
  return { pairs: rows.length, all: metrics(ours), sharedPairs: shared.vigil.length, vigil: metrics(shared.vigil), logicV2: metrics(shared.logic), misses }
}

/** (b) The yente screening benchmark over the real UN list. */
async function yenteBenchmark() {
  const home = mkdtempSync(join(tmpdir(), 'vigil-accuracy-'))
  const store = await openStore({ home, keepVersions: 1 })
  try {
    await importList(store, { importer: getImporter('un-xml'), path: UN_XML })
    const index = await loadDataVersion(store)
    const people = [...index.entities.values()].filter((e) => e.schema === 'Person')
    const dir = join(DATA, 'yente-screening-benchmark')
    const untreated = csv(join(dir, 'positives_un_untreated.csv'))
    const treated = csv(join(dir, 'positives_un_treated.csv'))
    const targets = untreated.map((row) => findListed(row, people))
    const screen = (row) => screenQuery({ query: parseQuery({ schema: 'Person', properties: queryProps(row) }), data: index, algorithm: ALGORITHM, limit: 5 })
    const recall = (rows) => {
      let resolved = 0,
        top1 = 0,
        matched = 0
      const missed = []
      rows.forEach((row, i) => {
        const target = targets[i]
        if (!target) return
        resolved++
        const { results } = screen(row)
        if (results[0]?.entity.id === target) top1++
        else missed.push({ name: row.full_name, dob: row.date_of_birth, target, got: results[0]?.entity.caption ?? '-', score: results[0]?.score ?? 0 })
        if (results.some((r) => r.entity.id === target && r.match)) matched++
      })
      return { rows: rows.length, resolved, recallAt1: round(top1 / resolved), matchedAboveThreshold: round(matched / resolved), missed: missed.slice(0, 15) }
    }
    return {
      unEntities: people.length,
      unresolved: targets.filter((t) => !t).length,
      untreated: recall(untreated),
      treated: recall(treated),
    }
  } finally {
    await store.close()
    rmSync(home, { recursive: true, force: true })
  }
}

function queryProps(row) {
  const props = { name: row.full_name }
  if (row.date_of_birth) props.birthDate = row.date_of_birth
  if (row.nationality) props.nationality = row.nationality
  if (row.gender) props.gender = row.gender
  return props
}

const sortedTokens = (name) => foldText(name).split(' ').filter(Boolean).sort().join(' ')

/**
 * The UN person a positive row was drawn from: a person whose name or alias has the same words as
 * the untreated row's full name (any order), and whose birth dates include the row's (or its year).
 * If several agree, the row is ambiguous and left out; if none, the name alone decides.
 */
function findListed(row, people) {
  const name = sortedTokens(row.full_name)
  const named = people.filter((p) => ['name', 'alias', 'previousName'].some((prop) => (p.properties[prop] ?? []).some((n) => sortedTokens(n) === name)))
  const dob = row.date_of_birth
  const dated = named.filter((p) => (p.properties.birthDate ?? []).some((d) => d === dob || d.startsWith(dob) || dob.startsWith(d)))
  if (dated.length === 1) return dated[0].id
  if (dated.length === 0 && named.length === 1) return named[0].id
  return undefined
}

/** (c) Cross-script pairs, every token weighed alike (no index). */
function crossScript() {
  const lines = readFileSync(join(DATA, 'watchman', 'cross_script_pairs.csv'), 'utf-8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
  const results = lines.map((line) => {
    const [query, expected, min, description] = line.split(',')
    const { score } = scoreCandidate(
      ALGORITHM,
      parseQuery({ schema: 'Person', properties: { name: query } }),
      parseQuery({ schema: 'Person', properties: { name: expected } }),
      { rarity: () => 0 },
    )
    return { query, expected, min: Number(min), score: round(score), met: score >= Number(min), match: score >= THRESHOLD, description }
  })
  return { pairs: results.length, metMinimum: results.filter((r) => r.met).length, matched: results.filter((r) => r.match).length, results }
}

/** (d) Rigour's spellings of Putin against "Vladimir Putin", every token weighed alike. */
function putinNames() {
  const names = readFileSync(join(DATA, 'rigour', 'putin_names.txt'), 'utf-8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const putin = parseQuery({ schema: 'Person', properties: { name: 'Vladimir Putin' } })
  const scored = names.map((name) => ({
    name,
    score: round(scoreCandidate(ALGORITHM, parseQuery({ schema: 'Person', properties: { name } }), putin, { rarity: () => 0 }).score),
  }))
  const missed = scored.filter((s) => s.score < THRESHOLD)
  return { names: names.length, matched: names.length - missed.length, share: round((names.length - missed.length) / names.length), missed }
}

/** (e), (f) and the rarity of (a): every real list merged in one store. */
async function mergedLists() {
  const home = mkdtempSync(join(tmpdir(), 'vigil-accuracy-lists-'))
  const store = await openStore({ home, keepVersions: 1 })
  try {
    for (const [format, path] of BATCH_LISTS) await importList(store, { importer: getImporter(format), path })
    const data = await loadDataVersion(store)
    const { rarity } = await listRarity(store)
    const screen = (properties) => screenQuery({ query: parseQuery({ schema: 'Person', properties }), data, algorithm: ALGORITHM, limit: 10 }).results
    const dir = join(DATA, 'yente-screening-benchmark')
    return {
      entities: data.entities.size,
      rarity,
      negatives: negativesByScript([join(dir, 'validation_negatives_global_1k.csv'), join(dir, 'validation_negatives_us_1k.csv')], screen),
      crossScript: crossScriptRecall([...data.entities.values()], screen, foldText),
    }
  } finally {
    await store.close()
    rmSync(home, { recursive: true, force: true })
  }
}

/** (g) The `ofac` algorithm's scores, through scoreCandidate as a screening gets them, against OFAC's own. */
async function ofacAgreement() {
  if (!existsSync(OFAC_AGREEMENT)) return undefined
  const { measureAgreement } = await import(OFAC_AGREEMENT)
  const ofac = getAlgorithm('ofac')
  const side = (name) => parseQuery({ schema: 'LegalEntity', properties: { name } })
  const score = (query, result) => scoreCandidate(ofac, side(query), side(result), { rarity: () => 0 }).score
  const rows = csv(join(DATA, 'nomenklatura', 'ofac_search_fixtures.dev.csv')).map((r) => ({
    query: r.query_name,
    result: r.result_name,
    expected: Number(r.ofac_score),
  }))
  const agreement = measureAgreement(rows, score)
  const scored = rows.map((r) => ({ ...r, actual: round(score(r.query, r.result) * 100, 1) }))
  // A negative expected score is a name OFAC did not list: at most 50 (agreement.ts).
  const off = (r) => (r.expected < 0 ? Math.max(0, r.actual - 50) : Math.abs(r.actual - r.expected))
  return {
    rows: agreement.rows,
    within5Share: round(agreement.within5),
    within10Share: round(agreement.within10),
    meanAbsDiff: round(agreement.meanAbsDiff, 2),
    worst: scored.sort((a, b) => off(b) - off(a)).slice(0, 8),
  }
}

const started = Date.now()
const lists = await mergedLists()
const result = {
  algorithm: ALGORITHM.name,
  threshold: THRESHOLD,
  devPairs: devPairs(lists.rarity),
  crossScript: crossScript(),
  putin: putinNames(),
  yente: await yenteBenchmark(),
  mergedLists: { entities: lists.entities, negatives: lists.negatives, crossScript: lists.crossScript },
  ofac: await ofacAgreement(),
}
result.seconds = round((Date.now() - started) / 1000, 1)
writeFileSync(join(ROOT, 'bench', 'results', 'accuracy.json'), `${JSON.stringify(result, null, 2)}\n`)
writeFileSync(join(ROOT, 'bench', 'results', 'accuracy.md'), report(result))
process.stdout.write(summary(result))

/** "1.2% (12/1000)" for a script and mode of the negatives. */
function share(r, script, mode) {
  const c = r.mergedLists.negatives.rows.find((x) => x.script === script && x.mode === mode)
  return c ? `${(c.share * 100).toFixed(1)}% (${c.flagged}/${c.rows})` : '-'
}

function summary(r) {
  const d = r.devPairs,
    y = r.yente
  return [
    `accuracy (${r.algorithm}, threshold ${r.threshold})`,
    `  dev pairs (${d.sharedPairs} shared): Vigil P ${d.vigil.precision} R ${d.vigil.recall} F1 ${d.vigil.f1} | logic-v2 P ${d.logicV2.precision} R ${d.logicV2.recall} F1 ${d.logicV2.f1}`,
    `  UN positives recall@1: treated ${y.treated.recallAt1}, untreated ${y.untreated.recallAt1} (${y.treated.resolved} resolved of ${y.treated.rows})`,
    `  validation negatives flagged (all scripts): name only ${share(r, 'all', 'name')}, with birth date, nationality, gender ${share(r, 'all', 'qualified')}`,
    `  cross-script recall through the merged lists: ${r.mergedLists.crossScript.rows.map((c) => `${c.script} ${c.found}/${c.persons}`).join(', ')}`,
    r.ofac
      ? `  ofac vs OFAC's scores: ${r.ofac.within5Share} within 5 points, ${r.ofac.within10Share} within 10, mean abs diff ${r.ofac.meanAbsDiff}`
      : '  ofac: not built',
    `  cross-script pairs at their minimum: ${r.crossScript.metMinimum}/${r.crossScript.pairs}; matching: ${r.crossScript.matched}/${r.crossScript.pairs}`,
    `  Putin spellings matching: ${r.putin.matched}/${r.putin.names}`,
    '',
  ].join('\n')
}

function report(r) {
  const d = r.devPairs,
    y = r.yente
  const row = (name, m) => `| ${name} | ${m.TP} | ${m.FP} | ${m.TN} | ${m.FN} | ${m.precision} | ${m.recall} | ${m.f1} |`
  return `# Accuracy

Produced by \`node bench/accuracy.mjs\` (part of \`npm run bench\`) on the built \`dist/\`, algorithm
\`${r.algorithm}\`, default threshold ${r.threshold}. Machine-readable: \`accuracy.json\`.

## (a) nomenklatura dev pairs

${d.pairs} labelled pairs; ${d.sharedPairs} of them are also in \`name_bench_logicv2-frozen.dev.csv\`, whose
TP/FP/TN/FN column gives logic-v2's outcome. Vigil scores each pair as \`vigil compare\` does with
the lists of (e) loaded: each token weighs by its rarity in those lists, whatever else is in the file.

| on the shared pairs | TP | FP | TN | FN | precision | recall | F1 |
|---|---:|---:|---:|---:|---:|---:|---:|
${row('Vigil', d.vigil)}
${row('logic-v2 (frozen)', d.logicV2)}
${row(`Vigil, all ${d.pairs} pairs`, d.all)}

## (b) yente screening benchmark over the UN list

Index: the UN Security Council consolidated list (2026-02-27), imported with \`un-xml\`, ${y.unEntities}
persons. Each positive row is screened as a Person query with its full name, birth date,
nationality and gender. The listed person it was drawn from is found by the untreated row (the
treated file is the same rows, altered, line for line): the UN person with the same name words (any
order, any of name, alias, previous name) and a birth date that agrees; failing that, the only
person with that name. ${y.unresolved} rows could not be resolved to one person and are left out.

| | rows | resolved | recall at rank 1 | listed person matched (≥ threshold) |
|---|---:|---:|---:|---:|
| UN positives, untreated | ${y.untreated.rows} | ${y.untreated.resolved} | ${y.untreated.recallAt1} | ${y.untreated.matchedAboveThreshold} |
| UN positives, treated | ${y.treated.rows} | ${y.treated.resolved} | ${y.treated.recallAt1} | ${y.treated.matchedAboveThreshold} |

## (c) cross-script pairs (watchman)

${r.crossScript.metMinimum} of ${r.crossScript.pairs} pairs score at or above their expected minimum; ${r.crossScript.matched} reach the match threshold.

| query | expected | minimum | score |
|---|---|---:|---:|
${r.crossScript.results.map((x) => `| ${x.query} | ${x.expected} | ${x.min} | ${x.score}${x.met ? '' : ' (below)'} |`).join('\n')}

## (d) rigour's spellings of Putin

${r.putin.matched} of ${r.putin.names} spellings (${Math.round(r.putin.share * 100)}%) match "Vladimir Putin". Missed:
${r.putin.missed.map((m) => `${m.name} (${m.score})`).join(', ') || 'none'}.

## (e) validation negatives against every real list

The 2 × 1,000 synthetic people of \`validation_negatives_global_1k.csv\` and \`validation_negatives_us_1k.csv\`
(on no list) screened against cers, OFAC SDN, UN, UK HMT, the EU annexes and BIS DPL merged
(${r.mergedLists.entities} entities), as a Person query with the name only, and with birth date,
nationality and gender. A row is a false alarm when any result reaches the threshold. Scripts by the
first letter of the name.

| script | names | flagged, name only | share | flagged, with qualifiers | share |
|---|---:|---:|---:|---:|---:|
${negativeRows(r)}

## (f) cross-script recall through the merged lists

Each UN person with a name in a non-Latin script, whose same person stands in another list that
writes no such script (same name words as one of the UN person's Latin names, birth year agreeing
when both give one), is screened by the non-Latin name alone: found when that Latin-only entry comes
back at the threshold.

| script | persons | found | recall |
|---|---:|---:|---:|
${r.mergedLists.crossScript.rows.map((c) => `| ${c.script} | ${c.persons} | ${c.found} | ${c.recall} |`).join('\n')}

## (g) the \`ofac\` algorithm against OFAC Sanctions List Search

${
  r.ofac
    ? `${r.ofac.rows} rows of \`ofac_search_fixtures.dev.csv\` (a query, a listed name, OFAC's score): ${(r.ofac.within5Share * 100).toFixed(1)}% within 5 points of OFAC's score, ${(r.ofac.within10Share * 100).toFixed(1)}% within 10, mean absolute difference ${r.ofac.meanAbsDiff} points. A row OFAC scored -1 (the name was not listed in that search) counts as at most 50, the slider's floor: only points above 50 are a difference.

| query | listed name | OFAC | ofac |
|---|---|---:|---:|
${r.ofac.worst.map((w) => `| ${w.query} | ${w.result} | ${w.expected} | ${w.actual} |`).join('\n')}`
    : 'The `ofac` algorithm is not built.'
}
`
}

function negativeRows(r) {
  const scripts = [...new Set(r.mergedLists.negatives.rows.map((c) => c.script))]
  return scripts
    .map((script) => {
      const [n, q] = ['name', 'qualified'].map((mode) => r.mergedLists.negatives.rows.find((c) => c.script === script && c.mode === mode))
      return `| ${script} | ${n.rows} | ${n.flagged} | ${(n.share * 100).toFixed(1)}% | ${q.flagged} | ${(q.share * 100).toFixed(1)}% |`
    })
    .join('\n')
}
