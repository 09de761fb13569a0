/** `custodian user add|reset-password`: staff accounts, from the server's machine. */
import type { Command } from 'commander'
import { addStaffMember } from '../../app/staff/add-staff-member.js'
import { newInitialPassword } from '../../app/staff/tokens.js'
import { domainError } from '../../core/errors.js'
import { dataOverrides, failWith, withContext, type CommonOptions } from '../runtime.js'

export function registerUser(program: Command): void {
  const user = program.command('user').description('Staff accounts')
  user
    .command('add')
    .description('Add a staff account; prints a generated password once')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .option('--role <role>', 'admin, legal or viewer', 'legal')
    .option('--data <dir>', 'data folder for the embedded database')
    .action(async (opts: CommonOptions & { email: string; name: string; role: string }) => {
      const password = newInitialPassword()
      await withContext(dataOverrides(opts), async (ctx) => {
        const result = await addStaffMember(ctx, { email: opts.email, name: opts.name, role: opts.role, password })
        if (!result.ok) failWith(result.error)
        console.log(`Added ${result.value.email} (${result.value.role}). Password, shown once:\n\n    ${password}\n`)
      })
    })
  user
    .command('reset-password')
    .description('Give a staff account a new generated password, shown once')
    .argument('<email>', 'sign-in email')
    .option('--data <dir>', 'data folder for the embedded database')
    .action(async (email: string, opts: CommonOptions) => {
      await withContext(dataOverrides(opts), async (ctx) => {
        const found = await ctx.staff.findByEmail(email)
        if (!found) failWith(domainError('USER_NOT_FOUND', `No staff account has the email ${email}.`))
        const password = newInitialPassword()
        await ctx.staff.setPassword(found.id, await ctx.hasher.hash(password))
        console.log(`New password for ${found.email}, shown once:\n\n    ${password}\n`)
      })
    })
}
