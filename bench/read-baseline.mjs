// Baseline for the import benchmark: stream a file (or every file in a folder) and count its lines,
// the least any importer must do. Import time divided by this is the cost of parsing, mapping and storing.
import { createReadStream, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const path = process.argv[2]
const files = statSync(path).isDirectory() ? readdirSync(path).map((f) => join(path, f)) : [path]
let lines = 0
for (const file of files) {
  for await (const chunk of createReadStream(file)) for (const byte of chunk) if (byte === 10) lines++
}
process.stdout.write(`${lines}\n`)
