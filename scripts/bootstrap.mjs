#!/usr/bin/env node
// Installs the pinned pnpm through npm when it is missing, then the workspace's dependencies.
// Safe to run twice: each step checks before it acts. Only Node >= 20.19 and npm are assumed.
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const root = new URL('..', import.meta.url)
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
const wanted = packageManager.split('@')[1]

const run = (cmd) => execSync(cmd, { stdio: 'inherit', cwd: root })
const quiet = (cmd) => {
  try {
    return execSync(cmd, { stdio: ['ignore', 'pipe', 'ignore'], cwd: root })
      .toString()
      .trim()
  } catch {
    return ''
  }
}

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Talka needs Node.js >= 20.19; this is ${process.versions.node}.`)
  process.exit(1)
}

if (quiet('pnpm --version') !== wanted) {
  console.log(`Installing pnpm@${wanted} with npm…`)
  run(`npm install -g pnpm@${wanted}`)
}
run(`pnpm install ${process.env.CI ? '--frozen-lockfile' : ''} --reporter=append-only`)
