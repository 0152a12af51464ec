/** `vigil users` and `vigil keys`: who may use the API, with which role, by which keys. */
import type { Command } from 'commander'
import { Option } from 'commander'
import { AppError } from '../../errors.js'
import { grantsOf, ROLES } from '../../review/roles.js'
import { addUser, createKey, disableUser, listKeys, listUsers, revokeKey } from '../../review/users.js'
import { configFrom, operator, withStore, type GlobalOptions } from '../context.js'
import { formatTable, print, printJson } from '../output.js'

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Users of the API and their roles')
  users
    .command('add')
    .description('Add a user with a role')
    .argument('<name>', 'user name: letters, digits, ".", "_", "@", "-"')
    .addOption(new Option('--role <role>', 'what the user may do').choices(ROLES).makeOptionMandatory())
    .option('--password-stdin', 'read a password (12 characters or more) from standard input, to sign in to the web app')
    .addHelpText(
      'after',
      `
Roles: ${ROLES.map((r) => `${r} (${grantsOf(r).join(', ')})`).join('; ')}.

Examples:
  vigil users add ana --role analyst
  printf '%s' "$PASSWORD" | vigil users add rui --role reviewer --password-stdin
  vigil keys create --user ana --name "screening service"`,
    )
    .action(async (name: string, flags: { role: string; passwordStdin?: boolean }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const password = flags.passwordStdin ? await readPassword() : undefined
      const user = await withStore(config, (store) => addUser(store.records, operator(), { name, role: flags.role, password }))
      print(
        `Added user '${user.name}' (role ${user.role}${user.has_password ? ', can sign in with a password' : ''}). Give it a key: vigil keys create --user ${user.name}`,
      )
    })
  users
    .command('list')
    .description('List users, their roles and how many active keys each has')
    .option('--json', 'JSON instead of a table')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const all = await withStore(config, (store) => listUsers(store.records))
      if (flags.json) return printJson(all)
      print(
        formatTable(
          ['id', 'name', 'role', 'password', 'keys', 'created', 'disabled'],
          all.map((u) => [String(u.id), u.name, u.role, u.has_password ? 'yes' : 'no', String(u.active_keys), u.created_at, u.disabled_at ?? '']),
        ),
      )
    })

  users
    .command('disable')
    .description('Disable a user: its keys and sessions stop working at once; its records are kept')
    .argument('<name>', 'the user name')
    .action(async (name: string, _flags: unknown, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const user = await withStore(config, (store) => disableUser(store.records, operator(), name))
      print(`Disabled user '${user.name}' (role ${user.role}); its keys and sessions no longer work.`)
    })

  const keys = program.command('keys').description('API keys: `Authorization: Bearer KEY`')
  keys
    .command('create')
    .description('Create an API key for a user; it is printed once and stored only as a hash')
    .requiredOption('--user <name>', 'the user the key acts as')
    .option('--name <label>', 'a label, e.g. the system that uses the key')
    .action(async (flags: { user: string; name?: string }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const key = await withStore(config, (store) => createKey(store.records, operator(), { user: flags.user, label: flags.name }))
      process.stderr.write(`Key ${key.id} for '${key.user}' (${key.label}). It is shown this once; Vigil keeps only its hash.\n`)
      print(key.key)
    })
  keys
    .command('list')
    .description('List keys (their ids and labels, never the keys)')
    .option('--user <name>', 'only this user’s keys')
    .option('--json', 'JSON instead of a table')
    .action(async (flags: { user?: string; json?: boolean }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const all = await withStore(config, (store) => listKeys(store.records, flags.user))
      if (flags.json) return printJson(all)
      print(
        formatTable(
          ['id', 'user', 'label', 'created', 'revoked'],
          all.map((k) => [k.id, k.user, k.label, k.created_at, k.revoked_at ?? '']),
        ),
      )
    })
  keys
    .command('revoke')
    .description('Revoke a key: requests with it are refused from now on')
    .argument('<id>', 'the key id, as `vigil keys list` shows it')
    .action(async (id: string, _flags: unknown, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const key = await withStore(config, (store) => revokeKey(store.records, operator(), id))
      print(`Revoked key ${key.id} of '${key.user}' (${key.label}).`)
    })
}

async function readPassword(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
  if (password.length === 0) throw new AppError('bad_input', '--password-stdin: standard input was empty; pipe the password in.')
  return password
}
