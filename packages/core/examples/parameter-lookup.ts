/**
 * Runnable example of @talka/core at work: a dated parameter looked up as of two dates, with its
 * legal reference, printed in Lithuanian and English. Run with `pnpm start` from the repository root.
 */
import { defineParameter, formatLegalRef, type Lang, Money, ParameterStore, renderMessage } from '@talka/core'

const budget = defineParameter<string>({
  id: 'allocation.community-measure.total',
  package: '@talka/allocation',
  unit: 'EUR',
  title: {
    lt: 'Priemonės „Stiprinti bendruomeninę veiklą savivaldybėse“ metinis biudžetas',
    en: 'Yearly budget of the measure “Strengthen community activity in municipalities”',
  },
  values: [
    {
      from: '2021-01-01',
      to: '2021-12-31',
      value: '2000000.00',
      ref: {
        act: 'Socialinės apsaugos ir darbo ministro 2021-03-24 įsakymas Nr. A1-246',
        actId: 'A1-246',
        url: 'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla',
      },
    },
    {
      from: '2025-01-01',
      to: '2025-12-31',
      value: '2180000.00',
      ref: {
        act: 'NVO veiklos stiprinimo 2023–2025 m. veiksmų planas, priemonė 2.1.1.1',
        url: 'https://socmin.lrv.lt/lt/veiklos-sritys/nevyriausybiniu-organizaciju-politika/bendruomenine-veikla',
      },
    },
  ],
})

const store = new ParameterStore([budget])
const messages = {
  line: { lt: '{date}: {title} — {amount} ({ref})', en: '{date}: {title} — {amount} ({ref})' },
}

for (const lang of ['lt', 'en'] as const satisfies readonly Lang[]) {
  for (const date of ['2021-06-01', '2025-06-01']) {
    const { value, ref } = store.at<string>(budget.id, date)
    console.log(
      renderMessage(
        messages,
        'line',
        {
          date,
          title: budget.title[lang],
          amount: Money.parse(value).format(lang),
          ref: formatLegalRef(ref, lang),
        },
        lang,
      ),
    )
    console.log(`    ${ref.url}`)
  }
}
