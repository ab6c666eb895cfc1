#!/usr/bin/env node
// `pnpm release [--dry-run]`: builds, checks the published shape (publint + attw), runs the consumer
// tests on packed tarballs, then publishes the packages whose versions are not on the registry yet
// (`changeset publish`). With --dry-run it stops before publishing and shows what `pnpm publish`
// would upload for each package.
import { execSync } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const dryRun = process.argv.includes('--dry-run')
const sh = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' })

sh('pnpm run build')
sh('pnpm run check:publish')
sh('node scripts/release/consumer-test.mjs')
if (dryRun) sh('pnpm -r --filter "./packages/*" publish --dry-run --no-git-checks --access public')
else sh('pnpm exec changeset publish')
