import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const apiDir = fileURLToPath(new URL('..', import.meta.url))

/** `pnpm start` as a child process, listening on `port`, its output piped. */
const startApi = (port: string) =>
  spawn(process.execPath, ['--conditions=@talka/source', '--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  })

describe('pnpm start (src/main.ts)', () => {
  test('prints its URL, serves, and exits 0 on SIGTERM after finishing', async () => {
    const child = startApi('0')
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /listening on (http:\/\/localhost:\d+)/.exec(output)
        if (match?.[1]) {
          clearInterval(timer)
          resolve(match[1])
        }
      }, 50)
      void exited.then(() => {
        clearInterval(timer)
        reject(new Error(`exited early: ${output}`))
      })
    })
    const res = await fetch(`${url}/healthz`)
    expect(res.status).toBe(200)
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toMatch(/SIGTERM/)
    await expect(fetch(`${url}/healthz`)).rejects.toThrow()
  })

  test('refuses a PORT that is not a port number', async () => {
    const child = startApi('eighty')
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
    expect(code).toBe(1)
    expect(stderr).toContain('PORT')
  })
})
