// The parse-once pair (parseX / safeParseX) of every entry point: core's typedParser (it lived here first).
export { type TypedParser, typedParser } from '@talka/core'
