// The files the build writes and the repository commits (the JSON Schema). Internal; used by
// scripts/write-schema.ts and by the test that checks the committed file is current.
import { callJsonSchema } from './json-schema.js'

/** A file the build writes, relative to the package root. */
export interface GeneratedFile {
  readonly path: string
  readonly content: string
}

/** `schemas/call.v1.json`, laid out as `JSON.stringify(…, null, 2)` with a final newline. */
export function generatedFiles(): GeneratedFile[] {
  return [{ path: 'schemas/call.v1.json', content: `${JSON.stringify(callJsonSchema(), null, 2)}\n` }]
}
