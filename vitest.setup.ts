import fc from 'fast-check'

// Property tests are reproducible: the seed comes from FC_SEED when given, otherwise it is drawn
// once per run and printed, so a CI failure can be replayed with FC_SEED=<seed>.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31)
const numRuns = process.env.FC_NUM_RUNS ? Number(process.env.FC_NUM_RUNS) : 1000
fc.configureGlobal({ seed, numRuns, endOnFailure: true })
if (!(globalThis as { __talkaSeedPrinted?: boolean }).__talkaSeedPrinted) {
  ;(globalThis as { __talkaSeedPrinted?: boolean }).__talkaSeedPrinted = true
  if (process.env.CI) console.log(`fast-check seed: ${seed} (replay with FC_SEED=${seed})`)
}
