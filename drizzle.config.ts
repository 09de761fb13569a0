import { defineConfig } from 'drizzle-kit'

// `npm run db:generate` writes a new SQL migration from src/storage/schema. The same folder is
// applied to PGlite and PostgreSQL; write SQL that PostgreSQL 15 accepts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/schema/index.ts',
  out: './src/storage/migrations',
})
