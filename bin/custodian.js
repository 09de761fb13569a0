#!/usr/bin/env node
// Custodian's command line. Runs the TypeScript sources through tsx's loader (see docs/adr/0003).
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/main.ts')
