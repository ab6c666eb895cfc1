import type { NormalizedInput } from './allocate-input.js'
import type { KernelResult } from './largest-remainder.js'

/**
 * What `allocate` computed beyond the shares, kept beside its result (not on it) so that the
 * certificate can be built later by `certificateOf` without `allocate` loading certificate code.
 * A WeakMap: the entry goes away with the result. Internal module.
 */
export interface AllocationState {
  readonly input: NormalizedInput
  readonly kernel: KernelResult
}

const states = new WeakMap<object, AllocationState>()

/** Records the state of a result. @internal */
export function keepState(result: object, state: AllocationState): void {
  states.set(result, state)
}

/** The state of a result `allocate` returned, or undefined for any other object. @internal */
export function stateOf(result: object): AllocationState | undefined {
  return states.get(result)
}
