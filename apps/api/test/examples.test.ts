import { describe, expect, test } from 'vitest'
import { postExamples } from './examples.js'
import { useServer } from './server.js'

const api = useServer()

describe('the example requests', () => {
  const examples = Object.entries(postExamples).flatMap(([route, list]) =>
    list.map((example, index) => ({ route, index, example })),
  )
  test.each(examples)(
    '$route #$index is answered 200 with meta and the versions header',
    async ({ example }) => {
      const res = await fetch(api.url(example.path), {
        method: 'POST',
        headers: { 'content-type': example.contentType },
        body: typeof example.body === 'string' ? example.body : JSON.stringify(example.body),
      })
      const body = (await res.json()) as { data?: unknown; meta?: { versions?: Record<string, string> } }
      expect(res.status, JSON.stringify(body).slice(0, 500)).toBe(200)
      expect(body.data).toBeDefined()
      expect(Object.keys(body.meta?.versions ?? {})).toContain('@talka/core')
      expect(res.headers.get('talka-versions')).toMatch(/@talka\/core@\d+\.\d+\.\d+/)
    },
  )
})
