/**
 * A tool's state in the page address, so a result can be shared as a link. The state lives in the
 * fragment (`#s=…`), which browsers never send to a server: the data stay on the computer. The JSON is
 * compressed with the browser's `CompressionStream('deflate-raw')` and written in base64url
 * (`z.` prefix); where compression is missing it is only base64url-encoded (`j.` prefix).
 */

const PARAM = 's'

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const response = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream))
  return new Uint8Array(await response.arrayBuffer())
}

/** Encodes a JSON value for the address. */
export async function encodeState(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value))
  if (typeof CompressionStream === 'function') {
    return `z.${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`
  }
  return `j.${toBase64Url(bytes)}`
}

/** Decodes what {@link encodeState} wrote; `undefined` for anything else (a damaged or foreign link). */
export async function decodeState(text: string): Promise<unknown> {
  try {
    const body = text.slice(2)
    let bytes: Uint8Array
    if (text.startsWith('z.') && typeof DecompressionStream === 'function') {
      bytes = await pipe(fromBase64Url(body), new DecompressionStream('deflate-raw'))
    } else if (text.startsWith('j.')) bytes = fromBase64Url(body)
    else return undefined
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown
  } catch {
    return undefined
  }
}

/** The encoded state in a location hash (`#s=z.…`), if any. */
export function stateFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  return params.get(PARAM) ?? undefined
}

/** The hash that carries an encoded state. */
export function hashOf(encoded: string): string {
  return `#${PARAM}=${encoded}`
}

/** Reads a property of an unknown object as a string, or returns the fallback. */
export function stringField(source: unknown, key: string, fallback: string): string {
  if (typeof source !== 'object' || source === null) return fallback
  const value = (source as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : fallback
}

/** Reads a property of an unknown object as one of the allowed strings, or returns the fallback. */
export function choiceField<T extends string>(
  source: unknown,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = stringField(source, key, fallback)
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

/**
 * The `ownCall` property of an unknown object (a call made in the call builder or loaded from
 * call.json, checked later by the tool), as a spreadable part: empty when the property is absent.
 *
 * @example
 * ownCallField({ ownCall: { version: 'call.v1' } }) // → { ownCall: { version: 'call.v1' } }
 * ownCallField({}) // → {}
 */
export function ownCallField(source: unknown): { ownCall?: unknown } {
  return typeof source === 'object' && source !== null && 'ownCall' in source
    ? { ownCall: (source as { ownCall: unknown }).ownCall }
    : {}
}

/** The state in the current address, decoded; `undefined` when there is none. Browser only. */
export async function loadStateFromLocation(): Promise<unknown> {
  const encoded = stateFromHash(window.location.hash)
  return encoded === undefined ? undefined : await decodeState(encoded)
}

/**
 * A writer that keeps the address in step with a tool's state: each call schedules an update, the
 * last one wins, and `flush()` writes at once (before copying the link). It replaces the current
 * history entry, so typing does not fill the back button. Browser only.
 */
export function createStateWriter(delayMs = 300): {
  write(value: unknown): void
  flush(): Promise<void>
} {
  let pending: unknown
  let hasPending = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0
  const commit = async () => {
    if (!hasPending) return
    hasPending = false
    const mine = ++generation
    const encoded = await encodeState(pending)
    if (mine !== generation) return
    const url = `${window.location.pathname}${window.location.search}${hashOf(encoded)}`
    window.history.replaceState(window.history.state, '', url)
  }
  return {
    write(value) {
      pending = value
      hasPending = true
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(() => void commit(), delayMs)
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer)
      await commit()
    },
  }
}
