import type { Localized } from '@talka/core'

/**
 * The lt/en label of one field of a call document, with a short help text and, for a field with a fixed
 * set of values, a label for each value.
 *
 * @example
 * ```ts
 * import type { CallFieldLabel } from '@talka/calls'
 * const l: CallFieldLabel = { label: { lt: 'Metai', en: 'Year' }, help: { lt: 'Biudžeto metai', en: 'Budget year' } }
 * ```
 */
export interface CallFieldLabel {
  readonly label: Localized
  readonly help?: Localized
  readonly values?: Readonly<Record<string, Localized>>
}

const l = (lt: string, en: string): Localized => ({ lt, en })
const f = (label: Localized, help?: Localized, values?: Record<string, Localized>): CallFieldLabel => ({
  label,
  ...(help ? { help } : {}),
  ...(values ? { values } : {}),
})

const POLICY_REF = f(
  l('Aprašo punktas ar teisės aktas', 'Point of the description or legal act'),
  l(
    'Kvietimo aprašo punktas, kuriame nustatyta ši sąlyga, arba visa nuoroda į teisės aktą',
    'The point of the call description that states this, or a full reference to a legal act',
  ),
)
const AMOUNT_HELP = l('Suma eurais, centai po taško, pvz., 1479.00', 'Amount in euros, e.g. 1479.00')

/**
 * lt/en labels of every field of a call document and of every fixed value, keyed by path: dots between
 * keys, `[]` for an array's items (`budget.envelopes[].amount`), `LegalRef.<field>` and `CallPointRef.<field>`
 * for the fields of a reference (the JSON Schema's `$defs`), `Localized.lt|en` for a text in both
 * languages. The docs' call builder generates its form from the JSON Schema and these labels; a test
 * checks that every field and value of the schema has one.
 *
 * @example
 * ```ts
 * import { callFieldLabels } from '@talka/calls'
 * callFieldLabels['amounts.overMaximum'].values?.cap?.lt // 'Skiriama didžiausia suma'
 * callFieldLabels['budget.envelopes[].maxPerProject'].label.en // 'Maximum per project'
 * ```
 */
export const callFieldLabels = {
  id: f(
    l('Kvietimo identifikatorius', 'Call id'),
    l('Mažosios raidės, skaitmenys ir brūkšneliai', 'Lower-case letters, digits and hyphens'),
  ),
  name: f(l('Kvietimo pavadinimas', 'Name of the call')),
  municipality: f(l('Savivaldybė', 'Municipality')),
  'municipality.name': f(
    l('Savivaldybės pavadinimas', 'Name of the municipality'),
    l(
      'Oficialus pavadinimas, pvz., Prienų rajono savivaldybė',
      'Official name, e.g. Prienų rajono savivaldybė',
    ),
  ),
  'municipality.code': f(l('Savivaldybės kodas', 'Municipality code')),
  eldership: f(
    l('Seniūnija', 'Eldership'),
    l('Jei kvietimas skirtas vienai seniūnijai', 'When the call covers one eldership only'),
  ),
  year: f(
    l('Biudžeto metai', 'Budget year'),
    l('Metai, kuriais vykdomos veiklos', 'The year the activities take place'),
  ),
  model: f(l('Modelis', 'Model'), undefined, {
    standard: l('Įprastinis modelis', 'Standard model'),
    pilot: l('Bandomasis modelis', 'Pilot model'),
  }),
  ref: f(
    l('Kvietimo aprašas', 'Call description'),
    l('Teisės aktas, kuriuo patvirtintas kvietimo aprašas', 'The act that approved the call description'),
  ),
  dates: f(l('Kvietimo datos', 'Dates of the call')),
  'dates.asOf': f(
    l('Taisyklių taikymo data', 'Rules as of'),
    l('Data, kuria taikomos kvietimo taisyklės', "The date the call's rules are read as of"),
  ),
  'dates.announced': f(l('Paskelbimo data', 'Announced on')),
  'dates.submissionFrom': f(l('Paraiškos priimamos nuo', 'Applications from')),
  'dates.submissionUntil': f(
    l('Paraiškos priimamos iki', 'Applications until'),
    l('Paskutinė diena imtinai', 'Last day, inclusive'),
  ),
  'dates.ref': POLICY_REF,
  budget: f(l('Kvietimo lėšos', 'Budget of the call')),
  'budget.kind': f(l('Lėšų paskirstymas', 'Budget form'), undefined, {
    total: l('Bendra suma', 'One total'),
    envelopes: l('Seniūnijų lėšos', 'Eldership envelopes'),
  }),
  'budget.amount': f(l('Kvietimui skirta suma', 'Budget of the call'), AMOUNT_HELP),
  'budget.envelopes': f(l('Seniūnijų lėšos', 'Eldership envelopes')),
  'budget.envelopes[].id': f(l('Seniūnijos identifikatorius', 'Envelope id')),
  'budget.envelopes[].name': f(l('Seniūnijos pavadinimas', 'Name of the eldership')),
  'budget.envelopes[].amount': f(l('Seniūnijai skirta suma', "Eldership's envelope"), AMOUNT_HELP),
  'budget.envelopes[].minPerProject': f(l('Mažiausia suma projektui', 'Minimum per project'), AMOUNT_HELP),
  'budget.envelopes[].maxPerProject': f(l('Didžiausia suma projektui', 'Maximum per project'), AMOUNT_HELP),
  'budget.envelopes[].activityAreas': f(
    l('Finansuojamos veiklos', 'Activity areas funded'),
    l('Išplėstinės seniūnaičių sueigos pasirinktos veiklos', "Areas chosen by the extended elders' assembly"),
  ),
  'budget.envelopes[].ref': POLICY_REF,
  'budget.unspent': f(l('Nepanaudotos seniūnijos lėšos', "An envelope's unspent money"), undefined, {
    returned: l('Grąžinamos', 'Returned'),
    pooled: l('Perskirstomos kitoms seniūnijoms', 'Pooled for the rest of the call'),
  }),
  'budget.ref': POLICY_REF,
  amounts: f(l('Projekto sumos', 'Amounts per project')),
  'amounts.minPerProject': f(l('Mažiausia suma projektui', 'Minimum per project'), AMOUNT_HELP),
  'amounts.maxPerProject': f(l('Didžiausia suma projektui', 'Maximum per project'), AMOUNT_HELP),
  'amounts.overMaximum': f(
    l('Prašoma daugiau nei didžiausia suma', 'A request over the maximum'),
    undefined,
    {
      cap: l('Skiriama didžiausia suma', 'Capped at the maximum'),
      reject: l('Paraiška atmetama', 'Rejected'),
    },
  ),
  'amounts.ref': POLICY_REF,
  applicants: f(l('Pareiškėjai', 'Applicants')),
  'applicants.admitted': f(l('Kas gali teikti paraiškas', 'Who may apply'), undefined, {
    'community-organisations': l('Tik bendruomeninės organizacijos', 'Community organisations only'),
    'community-organisations-then-ngos': l(
      'Bendruomeninės organizacijos; NVO ir religinės bendruomenės – tik jei teritorijos bendruomeninės organizacijos paraiškų neteikė',
      'Community organisations; NGOs and religious communities only if no community organisation of the territory applied',
    ),
    'ngos-and-religious-communities': l(
      'Tik NVO ir religinės bendruomenės (naujas konkursas, bendruomeninės organizacijos paraiškų teikti nebegali)',
      'NGOs and religious communities only (a repeat call that excludes community organisations)',
    ),
    'traditional-religious-communities': l(
      'Tik tradicinės religinės bendruomenės',
      'Traditional religious communities only',
    ),
    open: l(
      'Bendruomeninės organizacijos, NVO ir religinės bendruomenės',
      'Community organisations, NGOs and religious communities',
    ),
  }),
  'applicants.requireNgoMark': f(
    l('Reikalinga NVO žyma', 'NGO mark required'),
    l(
      'Juridinių asmenų registre pažymėta, kad juridinis asmuo yra NVO',
      'The Register of Legal Entities marks the applicant as an NGO',
    ),
  ),
  'applicants.ref': POLICY_REF,
  activities: f(l('Finansuojamos veiklos', 'Activities funded')),
  'activities.areas': f(l('Veiklos sritys', 'Activity areas'), l('Sričių kodai', 'Area codes')),
  'activities.ref': POLICY_REF,
  costs: f(l('Išlaidos', 'Costs')),
  'costs.eligibleCategories': f(
    l('Tinkamos finansuoti išlaidos', 'Eligible cost categories'),
    l('Jei nurodytos, kitos išlaidos netinkamos', 'If listed, any other category is ineligible'),
  ),
  'costs.ineligibleCategories': f(l('Netinkamos finansuoti išlaidos', 'Ineligible cost categories')),
  'costs.caps': f(l('Išlaidų ribos', 'Cost caps')),
  'costs.caps[].category': f(l('Išlaidų kategorija', 'Cost category')),
  'costs.caps[].maxShare': f(
    l('Didžiausia dalis', 'Largest share'),
    l(
      'Dalis nuo 0 iki 1, dešimtosios po taško, pvz., 0.2 (tai 20 %)',
      'A share between 0 and 1, e.g. 0.2 = 20 %',
    ),
  ),
  'costs.caps[].maxAmount': f(l('Didžiausia suma', 'Largest amount'), AMOUNT_HELP),
  'costs.caps[].ref': POLICY_REF,
  'costs.activityPeriod': f(l('Veiklų vykdymo laikotarpis', 'Activity period')),
  'costs.activityPeriod.from': f(l('Nuo', 'From')),
  'costs.activityPeriod.until': f(l('Iki', 'Until'), l('Imtinai', 'Inclusive')),
  'costs.ref': POLICY_REF,
  evaluation: f(l('Vertinimas ir finansavimas', 'Evaluation and funding')),
  'evaluation.criteria': f(l('Vertinimo kriterijai', 'Criteria')),
  'evaluation.criteria[].id': f(l('Kriterijaus identifikatorius', 'Criterion id')),
  'evaluation.criteria[].title': f(l('Kriterijus', 'Criterion')),
  'evaluation.criteria[].min': f(l('Mažiausias balas', 'Lowest score')),
  'evaluation.criteria[].max': f(l('Didžiausias balas', 'Highest score')),
  'evaluation.criteria[].weight': f(
    l('Svoris', 'Weight'),
    l('1, jei kriterijai nesveriami', '1 where the call does not weight criteria'),
  ),
  'evaluation.criteria[].minimumScore': f(
    l('Mažiausias būtinas kriterijaus balas', 'Minimum score on this criterion'),
  ),
  'evaluation.criteria[].ref': POLICY_REF,
  'evaluation.ref': POLICY_REF,
  'evaluation.passMark': f(l('Minimalus balų skaičius', 'Pass mark')),
  'evaluation.passMark.score': f(l('Mažiausias balų vidurkis', 'Least average score')),
  'evaluation.passMark.ref': POLICY_REF,
  'evaluation.divergence': f(l('Vertintojų balų skirtumas', 'Evaluator divergence')),
  'evaluation.divergence.maxDifference': f(
    l('Didžiausias leistinas skirtumas', 'Largest allowed difference'),
  ),
  'evaluation.divergence.unit': f(l('Skirtumo matas', 'Unit of the difference'), undefined, {
    points: l('Balais', 'Points'),
    'percent-of-maximum': l('Procentais nuo didžiausios sumos', 'Percent of the maximum total'),
  }),
  'evaluation.divergence.resolve': f(l('Galutinis balas', 'Final score'), undefined, {
    'average-of-closest-two': l('Dviejų artimiausių vertinimų vidurkis', 'Average of the two closest'),
    'average-all': l('Visų vertinimų vidurkis', 'Average of all'),
  }),
  'evaluation.divergence.initialEvaluators': f(l('Pirminių vertintojų skaičius', 'Initial evaluators')),
  'evaluation.divergence.ref': POLICY_REF,
  'evaluation.tiesAtBudgetLine': f(l('Lygiosios ties lėšų riba', 'Ties at the budget line'), undefined, {
    report: l('Nurodomos, neišsprendžiamos', 'Reported, not broken'),
    'split-equally': l('Likutis dalijamas po lygiai', 'The remainder shared equally'),
    'split-proportionally': l('Likutis dalijamas proporcingai', 'The remainder shared in proportion'),
  }),
  'evaluation.tiesAtBudgetLine.lot': f(l('Burtai', 'Lot')),
  'evaluation.tiesAtBudgetLine.lot.seed': f(
    l('Burtų sėkla', 'Seed of the lot'),
    l('Užfiksuota, kad burtus būtų galima pakartoti', 'Recorded so that the draw can be repeated'),
  ),
  'evaluation.tiesAtBudgetLine.keys': f(l('Eiliškumo taisyklės', 'Tie-break keys')),
  'evaluation.tiesAtBudgetLine.keys[]': f(
    l('Eiliškumo taisyklė', 'Tie-break key'),
    l('criterion:<id> – didesnis kriterijaus balas', 'criterion:<id> – higher score on that criterion'),
    {
      submittedAt: l('Anksčiau pateikta paraiška', 'Earlier submission'),
    },
  ),
  'evaluation.tiesAtBudgetLine.keys[].lot': f(l('Burtai', 'Lot')),
  'evaluation.tiesAtBudgetLine.keys[].lot.seed': f(l('Burtų sėkla', 'Seed of the lot')),
  'evaluation.tiesAtBudgetLineRef': POLICY_REF,
  'evaluation.fundingOrder': f(l('Finansavimo eilė', 'Funding order')),
  'evaluation.fundingOrder.order': f(l('Eilės tvarka', 'Order'), undefined, {
    strict: l('Griežtai pagal eilę', 'Strictly down the list'),
    'skip-ahead': l(
      'Galima finansuoti žemiau esantį mažesnį projektą',
      'A smaller project further down may be funded',
    ),
  }),
  'evaluation.fundingOrder.ref': POLICY_REF,
  'evaluation.lastProject': f(l('Paskutinis projektas', 'The last project')),
  'evaluation.lastProject.policy': f(
    l('Kai visos sumos neužtenka', 'When the full amount does not fit'),
    undefined,
    {
      'offer-remainder-if-at-least-minimum': l(
        'Siūlomas likutis, jei jis ne mažesnis už mažiausią sumą',
        'Offered the remainder if at least the minimum',
      ),
      'fund-partially': l('Finansuojama likučio suma', 'Funded with the remainder'),
      reserve: l('Įtraukiamas į rezervinį sąrašą', 'Goes to the reserve list'),
    },
  ),
  'evaluation.lastProject.ref': POLICY_REF,
  'evaluation.reserve': f(l('Rezervinis sąrašas', 'Reserve list')),
  'evaluation.reserve.list': f(l('Sudaromas rezervinis sąrašas', 'A reserve list is kept')),
  'evaluation.reserve.proposedAmount': f(l('Nurodoma siūloma suma', 'A proposed amount is given')),
  'evaluation.reserve.ref': POLICY_REF,
  'evaluation.formalCheckRef': f(l('Formaliųjų kriterijų punktas', 'Point on the formal check')),
  notes: f(l('Pastabos', 'Notes'), l('Tai, ko schema neaprašo', 'What the schema does not model')),
  'Localized.lt': f(l('Lietuviškai', 'In Lithuanian')),
  'Localized.en': f(l('Angliškai', 'In English')),
  'CallPointRef.point': f(l('Punktas', 'Point'), l('Pvz., 42 arba 19.6', 'E.g. 42 or 19.6')),
  'CallPointRef.quote': f(l('Citata', 'Quote')),
  'LegalRef.act': f(
    l('Teisės aktas', 'Act'),
    l('Pavadinimas su data ir numeriu', 'Title with its date and number'),
  ),
  'LegalRef.actId': f(l('Akto numeris', 'Act number')),
  'LegalRef.article': f(l('Straipsnis', 'Article')),
  'LegalRef.part': f(l('Dalis', 'Part')),
  'LegalRef.point': f(l('Punktas', 'Point')),
  'LegalRef.url': f(
    l('Nuoroda', 'Link'),
    l('Oficialus tekstas (e-TAR, e-seimas)', 'Official text (e-TAR, e-seimas)'),
  ),
  'LegalRef.effectiveFrom': f(l('Įsigalioja nuo', 'In force from')),
  'LegalRef.note': f(l('Pastaba', 'Note')),
  'LegalRef.kind': f(l('Akto rūšis', 'Kind of act'), undefined, {
    law: l('Įstatymas', 'Law'),
    'government-resolution': l('Vyriausybės nutarimas', 'Government resolution'),
    'ministers-order': l('Ministro įsakymas', "Minister's order"),
    'directors-order': l('Administracijos direktoriaus įsakymas', "Administration director's order"),
    'mayors-decree': l('Mero potvarkis', "Mayor's decree"),
    'council-decision': l('Tarybos sprendimas', 'Council decision'),
    'model-description': l('Tvarkos aprašas', 'Model description'),
    'call-notice': l('Kvietimas', 'Call notice'),
    minutes: l('Protokolas', 'Minutes'),
    'news-item': l('Naujiena', 'News item'),
  }),
  'LegalRef.issuer': f(l('Priėmė', 'Issued by')),
  'LegalRef.date': f(l('Priėmimo data', 'Date of adoption')),
  'LegalRef.number': f(l('Numeris', 'Number')),
  'LegalRef.title': f(l('Oficialus pavadinimas', 'Official title')),
  'LegalRef.tarId': f(l('TAR identifikatorius', 'TAR id')),
  'LegalRef.consolidatedAsOf': f(l('Suvestinė redakcija', 'Consolidated text as of')),
  'LegalRef.status': f(l('Patikrinimas', 'Verification'), undefined, {
    verified: l('Patikrinta oficialiame tekste', 'Read in the official text'),
    'secondary-source': l('Patikrinta antriniame šaltinyje', 'Read in a secondary source'),
    unverified: l('Nepatikrinta', 'Not read'),
  }),
  'LegalRef.quote': f(l('Citata', 'Quote')),
  'LegalRef.notes': f(l('Pastabos', 'Notes')),
} as const satisfies Record<string, CallFieldLabel>

/**
 * A key of {@link callFieldLabels}.
 *
 * @example
 * ```ts
 * import type { CallFieldPath } from '@talka/calls'
 * const path: CallFieldPath = 'amounts.overMaximum'
 * ```
 */
export type CallFieldPath = keyof typeof callFieldLabels
