// One small program per published package, run by the consumer tests against the packed tarballs in
// every setup (Node ESM, Node CJS, TypeScript node16 and bundler, a browser bundle). `m` is the
// package's module namespace; `check(condition, message)` throws on failure. Keep each snippet valid
// TypeScript and free of Node built-ins, so the same text serves all five setups.
export const smoke = {
  '@talka/core': `
    const total = m.Money.parse('1442.05').plus('57.95').toString()
    check(total === '1500.00', 'Money sum: ' + total)
    const t = m.Timeline.of([{ from: '2011-08-01', to: '2024-06-30', value: 'original', ref: { act: 'XI-1500', url: 'https://e-seimas.lrs.lt/' } }, { from: '2024-07-01', value: 'new', ref: { act: 'XI-1500', url: 'https://e-seimas.lrs.lt/' } }], { continuous: true })
    check(t.valueAt('2024-07-01') === 'new', 'Timeline lookup')
    check(m.parsePlainDate('2024-02-29').day === 29, 'PlainDate')
    const r = m.safeParseMoney('1 000,5O')
    check(!r.success && r.error.code === 'INVALID_MONEY', 'typed error code')
  `,
}
