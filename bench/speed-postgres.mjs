// The PostgreSQL pg_trgm baseline of the speed benchmark: a private cluster on a temporary folder
// and port, the same names loaded into one table with a GIN trigram index, the same queries asked
// as `name % q ORDER BY similarity(name, q) DESC`, top k entities. How many home-grown screening
// systems work. Debian's postgresql is installed with apt-get when missing.
import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const PG_ROOT = '/usr/lib/postgresql'

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf-8', maxBuffer: 512 << 20, ...options })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}${result.stdout.slice(-2000)}`)
  return result.stdout
}

/** The bin folder of the newest installed PostgreSQL, installing Debian's package when there is none. */
export function postgresBin() {
  const installed = () => (existsSync(PG_ROOT) ? readdirSync(PG_ROOT).filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb'))) : [])
  if (installed().length === 0) {
    run('apt-get', ['update'])
    run('apt-get', ['install', '-y', 'postgresql', 'postgresql-contrib'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  }
  const version = installed().sort((a, b) => Number(b) - Number(a))[0]
  return join(PG_ROOT, version, 'bin')
}

// initdb refuses to run as root: the cluster belongs to the postgres user when we are root.
const asPostgres = (bin, args) => (process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', bin, ...args]) : run(bin, args))

/** Start a private cluster in `dir` on `port`; returns a function that runs a psql script and one that stops it. */
export function startCluster(dir, port) {
  const bin = postgresBin()
  mkdirSync(dir, { recursive: true })
  chmodSync(dir, 0o777)
  if (process.getuid?.() === 0) {
    const pg = run('id', ['-u', 'postgres']).trim()
    chownSync(dir, Number(pg), Number(run('id', ['-g', 'postgres']).trim()))
  }
  const data = join(dir, 'data')
  asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'])
  const options = `-p ${port} -k ${dir} -c listen_addresses='' -c shared_buffers=512MB -c work_mem=64MB -c fsync=off`
  asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start'])
  const psql = (script) => {
    const file = join(dir, `script-${Date.now()}.sql`)
    writeFileSync(file, script)
    chmodSync(file, 0o644)
    return asPostgres(join(bin, 'psql'), [
      '-h',
      dir,
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-X',
      '-q',
      '-A',
      '-t',
      '-v',
      'ON_ERROR_STOP=1',
      '-f',
      file,
    ])
  }
  const stop = () => asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'])
  return { psql, stop }
}

const quote = (text) => `'${text.replace(/'/g, "''")}'`
const timings = (output) => [...output.matchAll(/^Time: ([\d.]+) ms/gm)].map((m) => Number(m[1]))

/** Load the names (a TSV of entity id and name) and build the trigram index; seconds for each. */
export function loadNames(psql, namesFile) {
  const out = psql(`\\timing on
CREATE EXTENSION pg_trgm;
CREATE TABLE names (id text NOT NULL, name text NOT NULL);
\\copy names FROM '${namesFile}'
CREATE INDEX names_trgm ON names USING gin (name gin_trgm_ops);
ANALYZE names;
`)
  const [, , copy, index] = timings(out)
  return { loadSeconds: copy / 1000, indexSeconds: index / 1000 }
}

/** Each query's latency (ms, as psql times it) and its top k entity ids. */
export function queryNames(psql, queries, topK) {
  const script = ['\\timing on']
  for (const q of queries) {
    script.push(`\\echo @@`)
    script.push(
      `SELECT id FROM (SELECT id, max(similarity(name, ${quote(q.name)})) AS s FROM names WHERE name % ${quote(q.name)} GROUP BY id) t ORDER BY s DESC LIMIT ${topK};`,
    )
  }
  const blocks = psql(`${script.join('\n')}\n`)
    .split('@@\n')
    .slice(1)
  return blocks.map((block) => {
    const lines = block.trim().split('\n')
    const ms = timings(block)[0]
    return { ms, ids: lines.filter((l) => !l.startsWith('Time:') && l !== '') }
  })
}
