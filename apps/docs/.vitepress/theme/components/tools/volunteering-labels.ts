/**
 * Lithuanian (and English) labels for what the volunteering checks report by id: the edition of
 * the law applied (`volunteering/xi-1500/new`) and the facts still missing
 * (`partyRequestsWritten`, `parameter:volunteering.agreement.written-grounds`). Stop-gap: should
 * move to @talka/volunteering (e.g. `presentEdition(id, lang)`, `factLabel(fact, lang)`).
 */
import { editionById } from '@talka/volunteering'
import type { Lang, Localized } from '../../tools/i18n.js'

/** The edition of the law a decision applied, by its rule-set id, as its title. */
export function editionLabel(ruleSetId: string, lang: Lang): string {
  const id = ruleSetId.split('/').pop()
  if (id === 'original' || id === 'new') return editionById(id).title[lang]
  return lang === 'lt' ? 'kita įstatymo redakcija' : ruleSetId
}

const FACTS: Readonly<Record<string, Localized>> = {
  partyRequestsWritten: {
    lt: 'ar kuri nors šalis prašo rašytinės sutarties',
    en: 'whether a party asks for a written agreement',
  },
  agreementSetsReimbursement: {
    lt: 'ar sutartyje nustatytos išlaidų kompensavimo sąlygos',
    en: 'whether the agreement sets the terms of reimbursement',
  },
  coordinated: {
    lt: 'ar veiklą koordinuoja koordinuojančioji organizacija',
    en: 'whether a coordinating organisation coordinates the activity',
  },
  lawfullyPresent: {
    lt: 'ar užsienietis teisėtai yra Lietuvoje',
    en: 'whether the foreigner is lawfully present in Lithuania',
  },
  representativeObjects: {
    lt: 'ar nepilnamečio atstovas prieštarauja',
    en: 'whether the minor’s legal representative objects',
  },
  birthDate: { lt: 'gimimo data', en: 'date of birth' },
  citizenship: { lt: 'pilietybė', en: 'citizenship' },
  hours: { lt: 'valandų skaičius', en: 'number of hours' },
}

/**
 * A missing fact as a reader understands it. A `parameter:` fact is a provision of the law that
 * Talka's rules do not hold yet: no answer in the form can supply it.
 */
export function missingFactLabel(fact: string, lang: Lang): string {
  if (fact.startsWith('parameter:')) {
    return lang === 'lt'
      ? 'įstatymo nuostata, kurios Talka taisyklėse dar nėra (į ją atsakyti negalima – patikrinkite įstatymo tekstą)'
      : 'a provision of the law not yet in Talka’s rules (no answer can supply it – check the text of the law)'
  }
  const known = FACTS[fact]
  if (known) return known[lang]
  return lang === 'lt' ? 'papildomas atsakymas' : fact
}
