/**
 * The lt/en texts of the interactive tools, all in one file: one place to read, review and
 * translate every label the tools show. Each tool's module re-exports its own table.
 */
import type { ExpenseKind } from '@talka/volunteering'
import type { Localized } from './i18n.js'

/** Texts the tools share. */
export const COMMON = {
  yes: { lt: 'Taip', en: 'Yes' },
  no: { lt: 'Ne', en: 'No' },
  unknown: { lt: 'Nežinoma', en: 'Not known' },
  notAnswered: { lt: 'Neatsakyta', en: 'Not answered' },
  loadExample: { lt: 'Įkelti pavyzdį', en: 'Load the example' },
  copyLink: { lt: 'Kopijuoti nuorodą į šį rezultatą', en: 'Copy a link to this result' },
  linkCopied: {
    lt: 'Nuoroda nukopijuota. Joje yra visi įvesti duomenys – dalinkitės ja atsargiai.',
    en: 'Link copied. It holds everything you entered – share it with care.',
  },
  copyFailed: {
    lt: 'Nepavyko nukopijuoti: pažymėkite tekstą ir nukopijuokite patys.',
    en: 'Could not copy: select the text and copy it yourself.',
  },
  file: { lt: 'Įkelti CSV arba Excel (.xlsx) failą', en: 'Upload a CSV or Excel (.xlsx) file' },
  pasteCsv: {
    lt: 'arba įklijuokite CSV (skirtukas „;“ arba „,“)',
    en: 'or paste CSV (“;” or “,” delimited)',
  },
  result: { lt: 'Rezultatas', en: 'Result' },
  privacy: {
    lt: 'Skaičiuojama jūsų naršyklėje: duomenys niekur nesiunčiami. Jie saugomi tik šio puslapio adrese (po #), kad rezultatu galėtumėte pasidalyti.',
    en: 'Computed in your browser: nothing is sent anywhere. The data are kept only in this page’s address (after #), so you can share the result.',
  },
  legalRef: { lt: 'Teisinis pagrindas', en: 'Legal basis' },
  reasons: { lt: 'Priežastys', en: 'Reasons' },
  errors: { lt: 'Klaidos', en: 'Errors' },
  row: { lt: 'eilutė', en: 'row' },
  download: { lt: 'Atsisiųsti', en: 'Download' },
} as const satisfies Record<string, Localized>

/** Texts of the tools that take a call made in the call builder or loaded from call.json. */
export const OWN_CALL_TEXT = {
  ownCallFile: { lt: 'Įkelti savo kvietimą (call.json)', en: 'Load your call (call.json)' },
  ownCallStored: {
    lt: 'Naudoti kvietimą iš kvietimo rengimo įrankio',
    en: 'Use the call from the call builder',
  },
  ownCallNone: {
    lt: 'Šioje naršyklėje kvietimo rengimo įrankyje kvietimas dar neišsaugotas.',
    en: 'No call has been kept from the call builder in this browser yet.',
  },
  ownCallNotJson: { lt: 'Failas nėra JSON dokumentas.', en: 'The file is not a JSON document.' },
} as const satisfies Record<string, Localized>

/** The calculator's labels. */
export const ALLOCATION_TEXT = {
  mode: { lt: 'Ką daryti', en: 'What to do' },
  modeAllocate: { lt: 'Paskirstyti sumą', en: 'Split a total' },
  modeCheck: { lt: 'Patikrinti paskelbtą lentelę', en: 'Check a published table' },
  recipients: { lt: 'Gavėjai ir svoriai', en: 'Recipients and weights' },
  recipientsHint: {
    lt: 'Lentelė su antraštės eilute: gavėjas (pvz., seniūnija), svoris (pvz., gyventojų skaičius) ir, tikrinant, paskelbta suma.',
    en: 'A table with a header row: recipient (e.g. eldership), weight (e.g. residents) and, to check a table, the published amount.',
  },
  columns: { lt: 'Stulpeliai', en: 'Columns' },
  idColumn: { lt: 'Gavėjo stulpelis', en: 'Recipient column' },
  weightColumn: { lt: 'Svorio stulpelis', en: 'Weight column' },
  amountColumn: { lt: 'Paskelbtos sumos stulpelis', en: 'Published amount column' },
  auto: { lt: 'rasti automatiškai', en: 'find automatically' },
  none: { lt: '(nėra)', en: '(none)' },
  parameters: { lt: 'Paskirstymo taisyklė', en: 'Allocation rule' },
  total: { lt: 'Visa suma, Eur', en: 'Total, EUR' },
  unit: { lt: 'Apvalinimo vienetas, Eur', en: 'Rounding unit, EUR' },
  fixed: { lt: 'Fiksuota dalis kiekvienam, Eur', en: 'Fixed part each, EUR' },
  minimum: { lt: 'Minimali suma kiekvienam, Eur', en: 'Minimum each, EUR' },
  sharesCaption: {
    lt: 'Paskirstymas didžiausių liekanų metodu',
    en: 'Allocation by the largest remainder method',
  },
  recipient: { lt: 'Gavėjas', en: 'Recipient' },
  weight: { lt: 'Svoris', en: 'Weight' },
  quota: { lt: 'Tiksli kvota', en: 'Exact quota' },
  floor: { lt: 'Sveikoji dalis', en: 'Whole units' },
  remainder: { lt: 'Liekana', en: 'Remainder' },
  rank: { lt: 'Liekanos vieta', en: 'Remainder rank' },
  extra: { lt: '+1 vienetas', en: '+1 unit' },
  amount: { lt: 'Suma', en: 'Amount' },
  totalRow: { lt: 'Iš viso', en: 'Total' },
  minimumApplied: { lt: 'pakelta iki minimumo', en: 'raised to the minimum' },
  sum: { lt: 'Sumų suma ir visa suma', en: 'Sum of the shares and the total' },
  downloadCsv: { lt: 'Atsisiųsti rezultatą (CSV)', en: 'Download the result (CSV)' },
  downloadXlsx: { lt: 'Atsisiųsti rezultatą (Excel .xlsx)', en: 'Download the result (Excel .xlsx)' },
  downloadCertificate: {
    lt: 'Atsisiųsti paskirstymo sertifikatą (JSON)',
    en: 'Download the allocation certificate (JSON)',
  },
  certificateHint: {
    lt: 'Sertifikatas (allocation-certificate.v1) įrašo pradinius duomenis, jų SHA-256 maišą, kiekvieno gavėjo tikslią kvotą ir liekaną – bet kas gali jį perskaičiuoti (verifyCertificate).',
    en: 'The certificate (allocation-certificate.v1) records the inputs, their SHA-256 hash and each recipient’s exact quota and remainder – anyone can recompute it (verifyCertificate).',
  },
  checkCaption: {
    lt: 'Paskelbta lentelė ir didžiausių liekanų metodo rezultatas',
    en: 'The published table and the largest remainder result',
  },
  published: { lt: 'Paskelbta', en: 'Published' },
  computed: { lt: 'Didžiausių liekanų metodu', en: 'Largest remainder' },
  difference: { lt: 'Skirtumas', en: 'Difference' },
  differs: { lt: 'skiriasi', en: 'differs' },
  matches: { lt: 'sutampa', en: 'matches' },
  sumOk: { lt: 'Lentelė sudeda iki visos sumos', en: 'The table adds up to the total' },
  sumBad: { lt: 'Lentelė nesudeda iki visos sumos', en: 'The table does not add up to the total' },
  downloadCheck: { lt: 'Atsisiųsti patikrą (CSV)', en: 'Download the check (CSV)' },
  downloadCheckXlsx: { lt: 'Atsisiųsti patikrą (Excel .xlsx)', en: 'Download the check (Excel .xlsx)' },
  quotaOfficer: { lt: 'Kvota', en: 'Quota' },
  amountGranted: { lt: 'Skirta suma', en: 'Amount granted' },
  details: {
    lt: 'Skaičiavimo detalės: tikslios kvotos, liekanos ir papildomi vienetai',
    en: 'Calculation details: exact quotas, remainders and extra units',
  },
  detailsCaption: {
    lt: 'Skaičiavimo detalės (tikslios trupmenos)',
    en: 'Calculation details (exact fractions)',
  },
  chartCaption: { lt: 'Skirtos sumos pagal gavėjus', en: 'Amounts granted per recipient' },
  chartMinimum: { lt: 'Minimali suma', en: 'Minimum' },
  chartFixed: { lt: 'Fiksuota dalis', en: 'Fixed part' },
  chartRaised: { lt: 'pakelta iki minimumo', en: 'raised to the minimum' },
  chartSplit: { lt: 'pagal svorį', en: 'by weight' },
  chartSummary: {
    lt: 'Daugiausia skirta: {maxId} – {max, amount}; mažiausiai: {minId} – {min, amount}.',
    en: 'Largest amount: {maxId} – {max, amount}; smallest: {minId} – {min, amount}.',
  },
  chartFloorLine: {
    lt: '{label} ({amount, amount}) pažymėta vertikalia linija.',
    en: '{label} ({amount, amount}) is marked with a vertical line.',
  },
  annexFields: { lt: 'Sprendimo priedas spausdinimui', en: 'Decision annex for printing' },
  decisionDate: { lt: 'Sprendimo data', en: 'Date of the decision' },
  decisionAct: {
    lt: 'Sprendimas, kuriuo remiantis skirstoma (neprivaloma)',
    en: 'Decision the allocation is made under (optional)',
  },
  decisionActHint: {
    lt: 'Pvz., „Administracijos direktoriaus 2025 m. sausio 15 d. įsakymas Nr. A-12“.',
    en: 'E.g. “Order No. A-12 of the Director of Administration of 15 January 2025”.',
  },
  signatory: { lt: 'Pasirašo (pareigos, vardas ir pavardė)', en: 'Signed by (position and name)' },
  print: { lt: 'Spausdinti sprendimo priedą', en: 'Print decision annex' },
  annexTitle: { lt: 'Lėšų paskirstymas', en: 'Allocation of funds' },
  annexKicker: { lt: 'Sprendimo priedas', en: 'Annex to the decision' },
  annexDate: { lt: 'Data', en: 'Date' },
  legalBasis: { lt: 'Teisinis pagrindas', en: 'Legal basis' },
  annexRule: {
    lt: 'Skirstymo taisyklė: visa suma {total, amount}, apvalinama iki {unit, amount}; fiksuota dalis kiekvienam {fixed, amount}; minimali suma {minimum, amount}; likusi suma dalijama proporcingai svoriams didžiausių liekanų metodu.',
    en: 'Allocation rule: total {total, amount}, rounded to {unit, amount}; fixed part each {fixed, amount}; minimum {minimum, amount}; the rest is split in proportion to the weights by the largest remainder method.',
  },
  annexNo: { lt: 'Eil. Nr.', en: 'No.' },
  annexTotals: {
    lt: 'Iš viso paskirstyta {sum, amount} iš {total, amount} {n, plural, one {# gavėjui} few {# gavėjams} other {# gavėjų}}.',
    en: 'Allocated in total {sum, amount} of {total, amount} to {n, plural, one {# recipient} other {# recipients}}.',
  },
  annexHash: {
    lt: 'Paskirstymo sertifikato (allocation-certificate.v1) SHA-256 maiša',
    en: 'SHA-256 hash of the allocation certificate (allocation-certificate.v1)',
  },
  annexHashHint: {
    lt: 'Maiša apskaičiuota iš sertifikato kanoninio JSON (RFC 8785); sertifikatą galima perskaičiuoti ir patikrinti.',
    en: 'The hash is computed over the certificate’s canonical JSON (RFC 8785); the certificate can be recomputed and verified.',
  },
  annexInputsHash: { lt: 'Pradinių duomenų SHA-256 maiša', en: 'SHA-256 hash of the inputs' },
  signedBy: { lt: 'Pasirašo', en: 'Signed by' },
  signPosition: { lt: '(pareigos)', en: '(position)' },
  signSignature: { lt: '(parašas)', en: '(signature)' },
  signName: { lt: '(vardas ir pavardė)', en: '(name)' },
  provenance: {
    lt: 'Apskaičiuota naršyklėje Talka įrankiu „Lėšų paskirstymas“ (@talka/allocation {version}).',
    en: 'Computed in the browser with the Talka allocation tool (@talka/allocation {version}).',
  },
  statusShares: {
    lt: 'Paskirstyta {n, plural, one {# gavėjui} few {# gavėjams} other {# gavėjų}}: {sum}.',
    en: 'Split among {n, plural, one {# recipient} other {# recipients}}: {sum}.',
  },
  statusCheck: {
    lt: 'Patikrinta {n} eil.: {sum}; skiriasi {d} eil.',
    en: 'Checked {n} rows: {sum}; {d} rows differ.',
  },
} as const satisfies Record<string, Localized>

/** The builder's labels. */
export const CALL_BUILDER_TEXT = {
  start: { lt: 'Pradžia', en: 'Start' },
  newCall: { lt: 'Naujas kvietimas', en: 'New call' },
  fromCatalog: { lt: 'Kvietimas iš katalogo', en: 'A call from the catalog' },
  loadCatalog: { lt: 'Įkelti katalogo kvietimą', en: 'Load the catalog call' },
  fromFile: { lt: 'Įkelti kvietimą iš failo (call.json)', en: 'Load a call from a file (call.json)' },
  notJson: {
    lt: 'Failas nėra JSON dokumentas.',
    en: 'The file is not a JSON document.',
  },
  call: { lt: 'Kvietimas', en: 'Call' },
  add: { lt: 'Pridėti', en: 'Add' },
  remove: { lt: 'Pašalinti', en: 'Remove' },
  kind: { lt: 'Rūšis', en: 'Kind' },
  item: { lt: 'Nr.', en: 'No.' },
  valid: { lt: 'Kvietimas atitinka call.v1 schemą.', en: 'The call matches the call.v1 schema.' },
  invalid: {
    lt: 'Kvietime yra klaidų: {count}. Jos parodytos prie laukų.',
    en: 'The call has {count} problem(s), shown next to the fields.',
  },
  download: { lt: 'Atsisiųsti call.json', en: 'Download call.json' },
  copyLink: { lt: 'Kopijuoti nuorodą į šį kvietimą', en: 'Copy a link to this call' },
  useInTools: {
    lt: 'Naudoti tinkamumo įrankyje',
    en: 'Use in the eligibility tool',
  },
  savedForTools: {
    lt: 'Kvietimas išsaugotas šioje naršyklėje: tinkamumo klausimyne ir paraiškų eilės įrankyje pasirinkite „Jūsų kvietimas“.',
    en: 'The call is kept in this browser: choose “Your call” in the eligibility questionnaire or the ranking tool.',
  },
  json: { lt: 'Kvietimo JSON', en: 'The call as JSON' },
  otherIssues: { lt: 'Kitos klaidos', en: 'Other problems' },
} as const satisfies Record<string, Localized>

/** The questionnaire's labels. */
export const ELIGIBILITY_TEXT = {
  setup: { lt: 'Kas tikrinama', en: 'What is checked' },
  ruleSet: { lt: 'Taisyklių rinkinys', en: 'Rule set' },
  call: { lt: 'Savivaldybės kvietimas', en: 'Municipal call' },
  ...OWN_CALL_TEXT,
  ownCallHint: {
    lt: 'Savo kvietimą galite sudaryti kvietimo rengimo įrankyje.',
    en: 'You can make your own call in the call builder.',
  },
  asOf: { lt: 'Tikrinimo data', en: 'Date of the check' },
  asOfHint: {
    lt: 'Pagal ją parenkama tuo metu galiojusi taisyklių redakcija.',
    en: 'It picks the version of the rules in force on that day.',
  },
  questions: { lt: 'Klausimai', en: 'Questions' },
  questionsHint: {
    lt: 'Atsakykite iš eilės; neatsakytas klausimas reiškia „nežinoma“, ne „ne“. Sprendimas atnaujinamas iš karto.',
    en: 'Answer in order; a question left unanswered means “not known”, not “no”. The verdict updates at once.',
  },
  needed: { lt: 'reikia atsakymo', en: 'answer needed' },
  noWebsite: { lt: 'Svetainės neturi', en: 'Has no website' },
  verdict: { lt: 'Sprendimas', en: 'Verdict' },
  eligible: { lt: 'Tinkamas', en: 'Eligible' },
  ineligible: { lt: 'Netinkamas', en: 'Not eligible' },
  undetermined: { lt: 'Dar neaišku', en: 'Not decided yet' },
  failedRules: { lt: 'Neatitinka', en: 'Not met' },
  unknownRules: { lt: 'Trūksta duomenų', en: 'Information missing' },
  passedRules: { lt: 'Atitinka ({n})', en: 'Met ({n})' },
  stillNeeded: { lt: 'Dar reikia atsakyti', en: 'Still needed' },
  goTo: { lt: 'Pereiti prie klausimo', en: 'Go to the question' },
  letter: { lt: 'Tekstas raštui', en: 'Text for a letter' },
  copyLetter: { lt: 'Kopijuoti tekstą', en: 'Copy the text' },
  letterCopied: { lt: 'Tekstas nukopijuotas.', en: 'Text copied.' },
  version: { lt: 'Taikoma redakcija', en: 'Version applied' },
  statusLine: {
    lt: '{outcome}: neatitinka {fail}, trūksta duomenų {unknown}, atitinka {pass}.',
    en: '{outcome}: {fail} not met, {unknown} missing information, {pass} met.',
  },
  budgetCategories: { lt: 'Kategorijos', en: 'Categories' },
} as const satisfies Record<string, Localized>

/** The ranking tool's labels. */
export const RANKING_TEXT = {
  call: { lt: 'Konkurso sąlygos', en: 'Call parameters' },
  name: { lt: 'Konkurso pavadinimas', en: 'Name of the call' },
  budget: { lt: 'Biudžetas, Eur', en: 'Budget, EUR' },
  min: { lt: 'Mažiausia suma projektui, Eur', en: 'Minimum per project, EUR' },
  max: { lt: 'Didžiausia suma projektui, Eur', en: 'Maximum per project, EUR' },
  passMark: { lt: 'Minimalus balų vidurkis', en: 'Pass mark (minimum average)' },
  lastProject: {
    lt: 'Kai likučio neužtenka kitam projektui',
    en: 'When the rest does not cover the next project',
  },
  offerRemainder: {
    lt: 'pasiūlyti likutį, jei jis ne mažesnis už mažiausią sumą',
    en: 'offer the remainder if it is at least the minimum',
  },
  toReserve: { lt: 'projektą įrašyti į rezervinį sąrašą', en: 'put the project on the reserve list' },
  scores: { lt: 'Vertintojų balai', en: 'Evaluators’ scores' },
  scoresHint: {
    lt: 'Viena eilutė – vienas vertintojas vienai paraiškai. Stulpeliai: „Projekto reg. Nr.“, „Pareiškėjas“, „Projekto pavadinimas“, „Prašoma suma, Eur“, „Vertintojas“ ir po stulpelį kiekvienam kriterijui su didžiausiu balu, pvz., „Aktualumas (maks. 40)“.',
    en: 'One row per evaluator and application. Columns: “Registration No.”, “Applicant”, “Project title”, “Requested, EUR”, “Evaluator” and one column per criterion with its maximum, e.g. “Relevance (max 40)”.',
  },
  criteria: { lt: 'Kriterijai', en: 'Criteria' },
  source: { lt: 'Kvietimo sąlygos', en: 'The call’s terms' },
  sourceForm: { lt: 'Įrašomos šioje formoje', en: 'Entered in this form' },
  sourceOwn: { lt: 'Jūsų kvietimas', en: 'Your call' },
  ...OWN_CALL_TEXT,
  ranking: { lt: 'Paraiškų eilė', en: 'Ranked list' },
  rank: { lt: 'Vieta', en: 'Rank' },
  application: { lt: 'Paraiška', en: 'Application' },
  requested: { lt: 'Prašyta', en: 'Requested' },
  totals: { lt: 'Vertintojų balai', en: 'Evaluators’ totals' },
  average: { lt: 'Vidurkis', en: 'Average' },
  decision: { lt: 'Sprendimas', en: 'Decision' },
  amount: { lt: 'Skirta, Eur', en: 'Granted, EUR' },
  reason: { lt: 'Priežastis', en: 'Reason' },
  cutOff: {
    lt: 'Finansavimo riba: biudžetas {budget} Eur, skirta {funded} Eur, liko {remaining} Eur',
    en: 'Funding line: budget EUR {budget}, granted EUR {funded}, left EUR {remaining}',
  },
  reserve: { lt: 'Rezervinis sąrašas', en: 'Reserve list' },
  notFunded: { lt: 'Nefinansuojami projektai', en: 'Projects not funded' },
  open: { lt: 'Neužbaigti sprendimai', en: 'Open decisions' },
  none: { lt: 'Nėra.', en: 'None.' },
  downloadCsv: { lt: 'Atsisiųsti vertinimo suvestinę (CSV)', en: 'Download the evaluation summary (CSV)' },
  downloadXlsx: {
    lt: 'Atsisiųsti vertinimo suvestinę (Excel .xlsx)',
    en: 'Download the evaluation summary (Excel .xlsx)',
  },
  downloadHtml: {
    lt: 'Atsisiųsti suvestinę spausdinimui (HTML)',
    en: 'Download the summary for printing (HTML)',
  },
  chartCaption: {
    lt: 'Balų vidurkiai, minimalus balų vidurkis ir finansavimo riba',
    en: 'Average scores, the pass mark and the funding line',
  },
  chartPassMark: { lt: 'Minimalus vidurkis', en: 'Pass mark' },
  chartFundingLine: { lt: 'Finansavimo riba', en: 'Funding line' },
  chartSummary: {
    lt: 'Vidurkiai eilės tvarka: {list}.',
    en: 'Averages in rank order: {list}.',
  },
  chartSummaryPass: {
    lt: 'Minimalus balų vidurkis – {pass, number}.',
    en: 'The pass mark is {pass, number}.',
  },
  chartSummaryLine: {
    lt: 'Finansavimo riba – po paraiškos {id}.',
    en: 'The funding line is drawn after application {id}.',
  },
  printFields: { lt: 'Suvestinė ir sprendimas spausdinimui', en: 'Summary and decision for printing' },
  decisionDate: { lt: 'Sprendimo data', en: 'Date of the decision' },
  decisionAct: {
    lt: 'Sprendimas ar konkurso nuostatai, kuriais remiamasi (neprivaloma)',
    en: 'Decision or call rules the ranking is made under (optional)',
  },
  decisionActHint: {
    lt: 'Pvz., „Konkurso nuostatai, patvirtinti 2025 m. sausio 15 d. įsakymu Nr. A-12“.',
    en: 'E.g. “Call rules approved by Order No. A-12 of 15 January 2025”.',
  },
  signatory: {
    lt: 'Pasirašo (pareigos, vardas ir pavardė)',
    en: 'Signed by (position and name)',
  },
  print: { lt: 'Spausdinti vertinimo suvestinę', en: 'Print the evaluation summary' },
  printPublished: {
    lt: 'Spausdinti sprendimą (finansuojami, rezerviniai ir nefinansuojami projektai)',
    en: 'Print the decision (funded, reserve and not funded projects)',
  },
  publishedCsv: { lt: 'Atsisiųsti sprendimo sąrašus (CSV)', en: 'Download the decision lists (CSV)' },
  publishedXlsx: {
    lt: 'Atsisiųsti sprendimo sąrašus (Excel .xlsx)',
    en: 'Download the decision lists (Excel .xlsx)',
  },
  publishedTitle: { lt: 'Sprendimas dėl projektų finansavimo', en: 'Decision on funding the projects' },
  printTitle: { lt: 'Paraiškų vertinimo suvestinė', en: 'Evaluation summary' },
  printCall: { lt: 'Konkursas', en: 'Call' },
  printDate: { lt: 'Data', en: 'Date' },
  legalBasis: { lt: 'Teisinis pagrindas', en: 'Legal basis' },
  printApplicant: { lt: 'Pareiškėjas ir projektas', en: 'Applicant and project' },
  printTotals: {
    lt: 'Biudžetas {budget, amount}; skirta {funded, amount}; liko {remaining, amount}.',
    en: 'Budget {budget, amount}; granted {funded, amount}; left {remaining, amount}.',
  },
  printCounts: {
    lt: 'Finansuojama: {funded}; rezerviniame sąraše: {reserve}; nefinansuojama: {notFunded}.',
    en: 'Funded: {funded}; on the reserve list: {reserve}; not funded: {notFunded}.',
  },
  signedBy: { lt: 'Pasirašo', en: 'Signed by' },
  signPosition: { lt: '(pareigos)', en: '(position)' },
  signSignature: { lt: '(parašas)', en: '(signature)' },
  signName: { lt: '(vardas ir pavardė)', en: '(name)' },
  provenance: {
    lt: 'Eilė apskaičiuota naršyklėje Talka įrankiu „Paraiškų eilė pagal balus“ (@talka/evaluation {version}).',
    en: 'Ranked in the browser with the Talka ranking tool (@talka/evaluation {version}).',
  },
  statusLine: {
    lt: 'Finansuojama {funded} paraišk. už {amount} Eur iš {budget} Eur; rezerve {reserve}; nefinansuojama {notFunded}.',
    en: '{funded} applications funded for EUR {amount} of EUR {budget}; {reserve} on the reserve list; {notFunded} not funded.',
  },
} as const satisfies Record<string, Localized>

/** The report validator's labels. */
export const REPORT_TEXT = {
  file: { lt: 'Ataskaita', en: 'Report' },
  schema: { lt: 'Ataskaitos rūšis', en: 'Kind of report' },
  messages: { lt: 'Pranešimų kalba', en: 'Language of the messages' },
  pageLanguage: { lt: 'kaip puslapio', en: 'as the page' },
  hint: {
    lt: 'CSV, kaip jį išsaugo „Excel“: antraštės lietuviškai arba angliškai, skirtukas „;“, „,“ arba tabuliacija. Pavyzdys – Klaipėdos rajono BO tarybos 2024 m. ataskaita (seed 003).',
    en: 'CSV as Excel saves it: headers in Lithuanian or English, “;”, “,” or tab delimited. The example is the Klaipėda district council’s 2024 report (seed 003).',
  },
  valid: { lt: 'Ataskaita tinkama', en: 'The report is valid' },
  invalid: { lt: 'Ataskaitoje yra klaidų', en: 'The report has errors' },
  counts: { lt: 'klaidų: {e}, įspėjimų: {w}', en: 'errors: {e}, warnings: {w}' },
  problems: { lt: 'Rastos problemos', en: 'Problems found' },
  none: { lt: 'Klaidų ir įspėjimų nerasta.', en: 'No errors or warnings.' },
  error: { lt: 'Klaida', en: 'Error' },
  warning: { lt: 'Įspėjimas', en: 'Warning' },
  where: { lt: '{row} eilutė, stulpelis „{column}“', en: 'row {row}, column “{column}”' },
  whereRow: { lt: '{row} eilutė', en: 'row {row}' },
  showCell: { lt: 'Rodyti langelį', en: 'Show the cell' },
  grid: { lt: 'Failas su pažymėtais langeliais', en: 'The file with the cells marked' },
  rowNo: { lt: 'Eil.', en: 'Row' },
} as const satisfies Record<string, Localized>

/** The volunteering check's labels. */
export const VOLUNTEERING_TEXT = {
  when: { lt: 'Kada tikrinama', en: 'When' },
  asOf: { lt: 'Tikrinimo data', en: 'Date of the check' },
  person: { lt: 'Savanoris', en: 'The volunteer' },
  birthDate: { lt: 'Gimimo data', en: 'Date of birth' },
  citizenship: {
    lt: 'Pilietybė (šalies kodas, pvz., LT; arba „stateless“)',
    en: 'Citizenship (country code, e.g. LT; or “stateless”)',
  },
  lawfullyPresent: {
    lt: 'Užsienietis teisėtai yra Lietuvoje?',
    en: 'A foreigner lawfully present in Lithuania?',
  },
  representativeObjects: {
    lt: 'Nepilnamečio atstovas prieštarauja?',
    en: 'A minor’s legal representative objects?',
  },
  agreement: { lt: 'Savanoriškos veiklos sutartis', en: 'Voluntary-activity agreement' },
  concludedOn: { lt: 'Sudaryta', en: 'Concluded on' },
  from: { lt: 'Veikla nuo', en: 'Activity from' },
  to: { lt: 'Veikla iki', en: 'Activity until' },
  hours: { lt: 'Valandų iš viso', en: 'Hours in total' },
  coordinated: {
    lt: 'Koordinuoja koordinuojančioji organizacija?',
    en: 'Coordinated by a coordinating organisation?',
  },
  partyRequests: {
    lt: 'Kuri nors šalis prašo rašytinės sutarties?',
    en: 'Does a party ask for a written agreement?',
  },
  expenses: { lt: 'Išlaidos', en: 'Expenses' },
  setsReimbursement: {
    lt: 'Sutartyje nustatytos išlaidų kompensavimo sąlygos?',
    en: 'Does the agreement set the terms of reimbursement?',
  },
  hoursPerDay: { lt: 'Valandų per dieną', en: 'Hours per day' },
  longerThanOneDay: { lt: 'Veikla ilgesnė nei para?', en: 'Longer than one day?' },
  outsideHome: { lt: 'Ne savo gyvenamojoje vietovėje?', en: 'Away from the home locality?' },
  claim: { lt: 'Išlaidos {n}', en: 'Claim {n}' },
  kind: { lt: 'Rūšis', en: 'Kind' },
  amount: { lt: 'Suma, Eur', en: 'Amount, EUR' },
  documents: { lt: 'Yra dokumentai?', en: 'Documents?' },
  km: { lt: 'Kilometrai', en: 'Kilometres' },
  consumption: { lt: 'Sąnaudos l/100 km', en: 'Litres per 100 km' },
  price: { lt: 'Degalų kaina, Eur/l', en: 'Fuel price, EUR/l' },
  addClaim: { lt: 'Pridėti išlaidas', en: 'Add a claim' },
  removeClaim: { lt: 'Pašalinti išlaidas {n}', en: 'Remove claim {n}' },
  answers: { lt: 'Atsakymai', en: 'Answers' },
  edition: { lt: 'Galiojanti įstatymo redakcija', en: 'Edition of the law in force' },
  editionApplied: { lt: 'Taikyta redakcija', en: 'Edition applied' },
  missing: { lt: 'Trūksta', en: 'Missing' },
  statusLine: { lt: 'Atsakymai: {answers}.', en: 'Answers: {answers}.' },
  expensesNote: {
    lt: 'Jei įrašyta bent viena išlaidų suma, laikoma, kad išlaidos kompensuojamos (tai lemia, ar sutartis turi būti rašytinė).',
    en: 'If any expense amount is entered, expenses are taken to be reimbursed (which decides whether the agreement must be written).',
  },
} as const satisfies Record<string, Localized>

/** The ranking tool's names of the @talka/evaluation decisions. */
export const RANKING_DECISION_TEXT: Readonly<Record<string, Localized>> = {
  funded: { lt: 'Finansuojamas', en: 'Funded' },
  reserve: { lt: 'Rezervinis sąrašas', en: 'Reserve list' },
  'not-funded': { lt: 'Nefinansuojamas', en: 'Not funded' },
  'needs-another-evaluator': { lt: 'Reikalingas papildomas vertintojas', en: 'Needs another evaluator' },
  'tie-unresolved': { lt: 'Neišspręstos lygiosios', en: 'Tie unresolved' },
  'formal-check-pending': { lt: 'Laukiama atitikties vertinimo', en: 'Formal check pending' },
}

/** Labels of the expense kinds. */
export const EXPENSE_LABELS: Record<ExpenseKind, Localized> = {
  travel: { lt: 'Kelionės (bilietai)', en: 'Travel (tickets)' },
  'own-car': { lt: 'Nuosavas automobilis (degalai)', en: 'Own car (fuel)' },
  accommodation: { lt: 'Apgyvendinimas', en: 'Accommodation' },
  meals: { lt: 'Maitinimas', en: 'Meals' },
  'per-diem': { lt: 'Dienpinigiai', en: 'Per diem' },
  communication: { lt: 'Ryšio išlaidos', en: 'Communication' },
  other: { lt: 'Kitos', en: 'Other' },
}

/** The volunteering check's four questions. */
export const VOLUNTEERING_QUESTIONS = {
  volunteer: { lt: 'Ar asmuo gali savanoriauti?', en: 'May the person volunteer?' },
  agreement: {
    lt: 'Ar savanoriškos veiklos sutartis turi būti rašytinė?',
    en: 'Must the voluntary-activity agreement be in writing?',
  },
  activity: { lt: 'Kokia tai savanoriška veikla?', en: 'What kind of voluntary activity is it?' },
  expenses: { lt: 'Kurios išlaidos kompensuojamos?', en: 'Which expenses are reimbursable?' },
} as const satisfies Record<string, Localized>

/** The volunteering check's answers to its questions. */
export const VOLUNTEERING_OUTCOMES: Record<string, Localized> = {
  yes: { lt: 'Taip', en: 'Yes' },
  no: { lt: 'Ne', en: 'No' },
  unknown: { lt: 'Nežinoma', en: 'Not known' },
  partial: { lt: 'Iš dalies', en: 'Partly' },
  'long-term': { lt: 'Ilgalaikė savanoriška veikla', en: 'Long-term voluntary activity' },
  'short-term': { lt: 'Trumpalaikė savanoriška veikla', en: 'Short-term voluntary activity' },
  'voluntary-service': { lt: 'Savanoriška tarnyba', en: 'Voluntary service' },
  'not-applicable': {
    lt: 'Netaikoma (ši įstatymo redakcija veiklos rūšių neskiria)',
    en: 'Not applicable (this edition of the law has no such classes)',
  },
}

/** Labels of the volunteering reasons' results. */
export const RESULT_LABELS: Record<string, Localized> = {
  pass: { lt: 'atitinka', en: 'met' },
  fail: { lt: 'neatitinka', en: 'not met' },
  unknown: { lt: 'nežinoma', en: 'not known' },
  required: { lt: 'privaloma', en: 'required' },
  yes: { lt: 'taip', en: 'yes' },
  no: { lt: 'ne', en: 'no' },
  'not-applicable': { lt: 'netaikoma', en: 'not applicable' },
}
