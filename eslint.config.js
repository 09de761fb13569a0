// Lint rules. The block for src/core is the one that matters most: it keeps the domain pure
// (no I/O, no drivers, no HTTP, no environment, no clock), so that every legal decision can be
// replayed and tested from data alone. tests/integration/core-purity-lint.test.ts proves it bites.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export const coreRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['node:*'], message: 'src/core is pure: no Node built-ins. Pass data in through a port.' },
        {
          group: [
            'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'worker_threads',
            'pg', 'pg-*', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*', 'fastify', 'fastify-*', '@fastify/*',
            'pino', 'pino-*', 'nodemailer', 'imapflow', 'tesseract.js', 'unpdf', 'mailparser', 'mammoth',
            'commander', 'react', 'react-*',
          ],
          message: 'src/core is pure: no I/O, drivers, HTTP or UI. Depend on a port in src/app instead.',
        },
        {
          group: ['**/app/*', '**/storage/*', '**/server/*', '**/cli/*', '**/config/*', '**/worker/*', '**/extraction/*', '**/notifications/*', '**/documents/*', '**/reports/*'],
          message: 'src/core must not import from outer layers: the dependency rule points inwards.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'src/core is pure: configuration comes in as arguments (src/config reads the environment).' },
    { name: 'fetch', message: 'src/core is pure: no network.' },
    { name: 'setTimeout', message: 'src/core is pure: no timers.' },
    { name: 'setInterval', message: 'src/core is pure: no timers.' },
    { name: 'Buffer', message: 'src/core is pure: use Uint8Array and strings.' },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/core has no clock: take `now` as an argument.' },
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core has no clock: take `now` as an argument.' },
    { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'src/core is deterministic: pass ids and randomness in.' },
    { selector: "MemberExpression[object.name='process']", message: 'src/core is pure: no process access.' },
  ],
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'data/**', '.test-artifacts/**', 'src/storage/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  { files: ['src/cli/**', 'scripts/**', 'bench/**', 'bin/**', 'tests/**'], rules: { 'no-console': 'off' } },
  { files: ['src/core/**/*.ts'], ignores: ['src/core/**/*.test.ts'], rules: coreRestrictions },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
)
