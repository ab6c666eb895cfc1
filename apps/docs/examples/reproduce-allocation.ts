/**
 * Reproducing the ministry's allocation: the measure's budget split by residents for a year, a
 * published eldership table checked, and an allocation certificate verified. Shown in
 * docs/guides/reproduce-ministry-allocation.md.
 */
// #region ministry
import { allocate, allocateByResidents, checkPublishedAllocation, verifyCertificate } from '@talka/allocation'

// The 2021 budget over the embedded residents figures (or pass your own: { year, residents }).
const year2021 = allocateByResidents({ year: 2021 })
export const ministry = {
  total: year2021.total.value, // from the dated parameter store, with its legal reference
  jonava: year2021.shares.find((s) => s.municipality === 'Jonavos rajono savivaldybė'),
  data: `${year2021.data.kind}, ${year2021.data.asOf}`,
  warnings: year2021.warnings.map((w) => w.code),
}
// #endregion ministry

// #region check
// Skuodas district 2022: EUR 11,538 split by residents of each eldership (as published).
export const skuodas = checkPublishedAllocation({
  total: '11538',
  rows: [
    { id: 'Skuodo miesto seniūnija', weight: 5728, amount: '3745' },
    { id: 'Skuodo seniūnija', weight: 2666, amount: '1653' },
    { id: 'Ylakių seniūnija', weight: 2529, amount: '1653' },
    { id: 'Mosėdžio seniūnija', weight: 2101, amount: '1374' },
    { id: 'Aleksandrijos seniūnija', weight: 1325, amount: '866' },
    { id: 'Šačių seniūnija', weight: 926, amount: '605' },
    { id: 'Notėnų seniūnija', weight: 811, amount: '530' },
    { id: 'Lenkimų seniūnija', weight: 801, amount: '523' },
    { id: 'Barstyčių seniūnija', weight: 761, amount: '500' },
  ],
})

// #endregion check

// #region certificate
import { certificateOf } from '@talka/allocation/certificate'

const split = allocate({
  total: '11538',
  unit: '1',
  recipients: [
    { id: 'Skuodo miesto seniūnija', weight: 5728 },
    { id: 'Skuodo seniūnija', weight: 2666 },
    { id: 'Ylakių seniūnija', weight: 2529 },
  ],
})
// Anyone can recompute the certificate from the inputs recorded in it.
const certificate = certificateOf(split)
export const verified = verifyCertificate(JSON.parse(JSON.stringify(certificate)))
const edited = { ...certificate, inputs: { ...certificate.inputs, total: '11600' } }
export const tampered = verifyCertificate(edited)
// #endregion certificate

export const output = {
  ministry,
  skuodas: {
    publishedSum: skuodas.publishedSum,
    sumMatches: skuodas.sumMatches,
    differences: skuodas.differences,
    closest: skuodas.closest.methods,
    findings: skuodas.findings.map((f) => f.message.en),
  },
  shares: split.shares.map((s) => `${s.id}: ${s.amount}`),
  verified,
  tampered: tampered.valid,
}
