import type { LegalRef } from '@talka/core'

/*
 * Every legal reference of the package, in one place, in the LegalRef v2 shape: what kind of act, who
 * issued it, its date and number, and `status` exactly as docs/research/volunteering-law-as-in-force.md
 * found it — 'verified' (read in the official text of the act, or of an official act quoting it),
 * 'secondary-source' (read only in a draft, a ministry summary, a guide or a news item) or 'unverified'
 * (not read anywhere). `note`/`notes` say what the reference supports and what is still open. The
 * provision-by-provision list is docs/decisions/0045-volunteering-law-as-in-force.md.
 */

/** The act name of the original edition, as cited in references. */
export const ORIGINAL_ACT =
  'Lietuvos Respublikos savanoriškos veiklos įstatymas Nr. XI-1500 (pradinė redakcija)'
/** The act name of the new edition, as cited in references. */
export const NEW_ACT = 'Lietuvos Respublikos savanoriškos veiklos įstatymas Nr. XI-1500 (nauja redakcija)'
/** The Minister's order on expenses (original edition). */
export const A1_330_ACT =
  'Savanoriškos veiklos išlaidų kompensavimo sąlygų ir tvarkos aprašas (SADM ministro 2011-07-14 įsakymas Nr. A1-330)'
/** Title of the Government's description of expenses and per diems (new edition). */
export const GOV_DESCRIPTION_TITLE =
  'Savanoriškos veiklos išlaidų kompensavimo sąlygų, dienpinigių dydžių ir dienpinigių skyrimo ir išlaidų kompensavimo tvarkos aprašas'
/** The Government's description of expenses and per diems (new edition). */
export const GOV_DESCRIPTION_ACT =
  'Savanoriškos veiklos išlaidų kompensavimo sąlygų, dienpinigių dydžių ir dienpinigių skyrimo ir išlaidų kompensavimo tvarkos aprašas (Vyriausybė)'

/** e-seimas: text of Law No. XI-1500 as adopted (original edition). */
export const URL_ORIGINAL_TEXT = 'https://e-seimas.lrs.lt/rs/legalact/TAD/TAIS.402802/'
/** e-seimas: the law's card (dates in force, structure of articles, parts and points). */
export const URL_ORIGINAL_CARD = 'https://e-seimas.lrs.lt/portal/legalAct/lt/TAD/TAIS.402802'
/** e-seimas: official English translation of the original edition. */
export const URL_ORIGINAL_EN = 'https://e-seimas.lrs.lt/rs/legalact/TAD/TAIS.412533'
/** e-seimas: registered draft of the law amending No. XI-1500 in full (XIVP-3014). */
export const URL_NEW_DRAFT = 'https://e-seimas.lrs.lt/rs/legalact/TAP/7687a7902c5811eea0b6cad9848a9596/'
/** e-seimas: amendment proposal to draft XIVP-3014(2) of 2023-11-16 (confirms art. 2 numbering). */
export const URL_NEW_PROPOSAL = 'https://e-seimas.lrs.lt/rs/legalact/TAK/992e78a0850e11ee9ee3e4a7f62b7a26/'
/** etaplius.lt report on the adoption (104 votes, in force 2024-07-01, transitional rule to 2027). */
export const URL_ADOPTION_NEWS =
  'https://etaplius.lt/naujiena/seimas-atnaujino-savanorystes-istatyma-itvirtintas-ilgalaikis-savanoriavimas'
/** ve.lt report on the adoption (same text as etaplius.lt; 100-hour voluntary service). */
export const URL_ADOPTION_NEWS_VE =
  'https://ve.lt/aktualijos/lietuva/seimas-atnaujino-savanorystes-istatyma-itvirtintas-ilgalaikis-savanoriavimas'
/** e-seimas: order A1-330 with the description it approves. */
export const URL_A1_330 = 'https://e-seimas.lrs.lt/rs/legalact/TAD/TAIS.404031/'
/** e-TAR: order A1-548 of 2014-11-12 amending points 4 and 5 of the A1-330 description. */
export const URL_A1_548 = 'https://www.e-tar.lt/rs/legalact/a6ddb5806a3b11e4b6b89037654e22b1/'
/** Ministry consultation page on the draft Government description (points 7, advances, per diems). */
export const URL_GOV_DESCRIPTION_CONSULTATION =
  'https://socmin.lrv.lt/lt/konsultavimasis-su-visuomene/socialines-apsaugos-ir-darbo-ministerija-kviecia-teikti-pasiulymus-del-savanoriskos-veiklos-islaidu-kompensavimo-salygu-dienpinigiu-dydziu-ir-dienpinigiu-skyrimo-ir-islaidu-kompensavimo-tvarkos/'
/** Molėtų VVG page quoting art. 5 and the written-agreement rule of the original edition. */
export const URL_MOLETAI_QUOTE = 'https://moletuvvg.lt/vietos-projektu-vykdymas/'
/** Human-rights guide (updated 2024-07-01): organiser list, age, legal representative. */
export const URL_HR_GUIDE = 'https://zmogausteisiugidas.lt/en/themes/civic-participation/volunteering'

const ORIGINAL_FROM = '2011-08-01'
const NEW_FROM = '2024-07-01'

const SEIMAS = 'Lietuvos Respublikos Seimas'
const MINISTER = 'Lietuvos Respublikos socialinės apsaugos ir darbo ministras'
const LAW_TITLE = 'Lietuvos Respublikos savanoriškos veiklos įstatymas'

/** Law No. XI-1500 as adopted on 2011-06-22 (the original edition). */
const ORIGINAL_LAW = {
  act: ORIGINAL_ACT,
  actId: 'XI-1500',
  kind: 'law',
  issuer: SEIMAS,
  date: '2011-06-22',
  number: 'XI-1500',
  title: LAW_TITLE,
  // The registration code shown on the e-seimas card (a pre-2014 register code, not a yyyy-nnnnn TAR id).
  tarId: '1111010ISTA0XI-1500',
  url: URL_ORIGINAL_TEXT,
  effectiveFrom: ORIGINAL_FROM,
} as const satisfies LegalRef

/**
 * Law No. XI-1500 in its new wording, in force from 2024-07-01: the same law (number and date of
 * adoption), read as consolidated from 2024-07-01. Its article texts come from the registered draft
 * XIVP-3014, so they are `secondary-source` unless said otherwise.
 */
const NEW_LAW = {
  ...ORIGINAL_LAW,
  act: NEW_ACT,
  consolidatedAsOf: NEW_FROM,
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
} as const satisfies LegalRef

/** Order A1-330 of the Minister of Social Security and Labour (2011-07-14). */
const A1_330 = {
  act: A1_330_ACT,
  actId: 'A1-330',
  kind: 'ministers-order',
  issuer: MINISTER,
  date: '2011-07-14',
  number: 'A1-330',
  title: 'Dėl Savanoriškos veiklos išlaidų kompensavimo sąlygų ir tvarkos aprašo patvirtinimo',
  url: URL_A1_330,
  effectiveFrom: ORIGINAL_FROM,
} as const satisfies LegalRef

/** Original edition, art. 1 (purpose); text read in the official e-seimas copy. */
export const REF_ORIGINAL_ART_1: LegalRef = {
  ...ORIGINAL_LAW,
  article: '1',
  status: 'verified',
  note:
    'In force 2011-08-01 (art. 13(2) from 2011-07-13), Valstybės žinios 2011-07-13 Nr. 86-4142, per the e-seimas card ' +
    `${URL_ORIGINAL_CARD}; replaced by the new edition from 2024-07-01 (same card: consolidated version "2024-07-01 -").`,
}

/** Original edition, art. 2: its only two definitions (no long-term activity, no voluntary service). */
export const REF_ORIGINAL_ART_2: LegalRef = {
  ...ORIGINAL_LAW,
  article: '2',
  status: 'verified',
  note:
    'Art. 2 defines only "savanoriška veikla" (part 1) and "tarptautinė savanoriškos veiklos programa" (part 2); the ' +
    'official text and the e-seimas card show no other part, and art. 1 lists no long-term activity or voluntary service.',
}

/** Original edition, art. 5(1): who may be a volunteer. */
export const REF_ORIGINAL_ART_5_1: LegalRef = {
  ...ORIGINAL_LAW,
  article: '5',
  part: '1',
  status: 'secondary-source',
  note:
    'Article 5 "Reikalavimai savanoriui" has parts 1–4 per the e-seimas card; the official text read stops after art. 4, ' +
    'so the wording "Savanoriais gali būti vyresni kaip 14 metų Lietuvos Respublikos piliečiai ir Lietuvos ' +
    `Respublikos teritorijoje teisėtai esantys užsieniečiai" is taken from the quotation at ${URL_MOLETAI_QUOTE}.`,
}

/** Original edition, art. 5(2): minors and the legal representative's non-objection. */
export const REF_ORIGINAL_ART_5_2: LegalRef = {
  ...ORIGINAL_LAW,
  article: '5',
  part: '2',
  status: 'secondary-source',
  note:
    'Wording "Asmenys, jaunesni kaip 18 metų, gali dalyvauti savanoriškoje veikloje, jeigu tam neprieštarauja vaiko ' +
    `atstovas pagal įstatymą" quoted at ${URL_MOLETAI_QUOTE}; part 2 of art. 5 per the e-seimas card.`,
}

/** Original edition, art. 6(1): the list of organisers. */
export const REF_ORIGINAL_ART_6_1: LegalRef = {
  ...ORIGINAL_LAW,
  article: '6',
  part: '1',
  status: 'secondary-source',
  note:
    'Article 6 "Savanoriškos veiklos organizatoriai", part 1 with points 1–9 per the e-seimas card; the list (charity ' +
    'and support foundations, budgetary institutions, associations, public institutions, religious communities and ' +
    'centres, branches and representations of international public organisations, political parties, trade unions, ' +
    `other non-profit legal persons whose profit may not be distributed) from ${URL_HR_GUIDE}; the point of each item ` +
    'is not cited because the official text of art. 6 was not read.',
}

/** Original edition: the written-agreement rule (article number not read). */
export const REF_ORIGINAL_WRITTEN_AGREEMENT: LegalRef = {
  ...ORIGINAL_LAW,
  status: 'secondary-source',
  note:
    'Article not cited: the official text read stops after art. 4. Wording "Savanoriškos veiklos organizatorius su ' +
    'savanoriu sudaro rašytinę savanoriškos veiklos sutartį, jeigu: 1) kompensuojamos su savanoriška veikla susijusios ' +
    `išlaidos; 2) sudaryti sutartį pageidauja viena iš šalių" quoted at ${URL_MOLETAI_QUOTE}; the ministry's page on ` +
    'voluntary activity says the same.',
}

/** Original edition, art. 11(2): the Minister sets the expense conditions (per the preamble of A1-330). */
export const REF_ORIGINAL_ART_11_2: LegalRef = {
  ...ORIGINAL_LAW,
  article: '11',
  part: '2',
  status: 'verified',
  note: `Art. 11(2) delegates the expense conditions to the Minister, as the preamble of the official text of order A1-330 states (${URL_A1_330}).`,
}

/** A1-330 description, point 3 and subpoints: which expenses may be reimbursed, on the agreement's terms. */
export function refA1330(point: '3' | '3.1' | '3.2' | '3.3'): LegalRef {
  return {
    ...A1_330,
    point,
    status: 'verified',
    ...(point === '3.3'
      ? {
          note:
            'The official text read says "maitinimo išlaidas, kai savanoriška veikla trunka ne mažiau kaip 4 valandas per" ' +
            'and ends there; the unit after "per" (day) follows the domain specification.',
        }
      : point === '3'
        ? { note: 'Subpoints after 3.3 were not read (the text read ends inside 3.3).' }
        : {}),
  }
}

/** A1-330 description, point 4 as amended by order A1-548 (documents, own car). */
export const REF_A1_330_POINT_4_A1_548: LegalRef = {
  act: `${A1_330_ACT}, 4 punktas, pakeistas 2014-11-12 įsakymu Nr. A1-548`,
  actId: 'A1-548',
  kind: 'ministers-order',
  issuer: MINISTER,
  date: '2014-11-12',
  number: 'A1-548',
  title:
    'Dėl Lietuvos Respublikos socialinės apsaugos ir darbo ministro 2011 m. liepos 14 d. įsakymo Nr. A1-330 „Dėl ' +
    'Savanoriškos veiklos išlaidų kompensavimo sąlygų ir tvarkos aprašo patvirtinimo“ pakeitimo',
  point: '4',
  url: URL_A1_548,
  status: 'verified',
  note:
    'Order A1-548 was signed on 2014-11-12; the day it took effect and its TAR id were not shown in the text read. The ' +
    'package applies this wording from 2014-11-13, the earliest day it could apply (see docs/decisions/0043).',
}

/** A1-330 description, point 4 in its 2011 wording (not read). */
export const REF_A1_330_POINT_4_2011: LegalRef = {
  ...A1_330,
  point: '4',
  status: 'unverified',
  note: 'The 2011 wording of point 4 was not read: the text of A1-330 read ends inside point 3.3.',
}

/** A1-330 point 3 (reimbursement of expenses incurred), and the ministry's note that per diems and advances are new. */
export const REF_PER_DIEM_AND_ADVANCE_NEW: LegalRef = {
  ...A1_330,
  point: '3',
  status: 'verified',
  note:
    'Point 3 lets the organiser "kompensuoti" (reimburse) listed expenses incurred. The ministry states (secondary ' +
    'source) that the Government description newly allows advance payment and per diems for volunteers ' +
    `(${URL_GOV_DESCRIPTION_CONSULTATION}).`,
}

/** New edition, art. 1 (purpose); wording of the registered draft XIVP-3014. */
export const REF_NEW_ART_1: LegalRef = {
  ...NEW_LAW,
  article: '1',
  part: '1',
  status: 'secondary-source',
  note:
    'Wording of the registered draft XIVP-3014 (the adopted text was not read). The new edition is in force from ' +
    `2024-07-01: verified on the official e-seimas card ${URL_ORIGINAL_CARD} ("Galiojanti suvestinė redakcija: ` +
    '2024-07-01 -") and stated by the ministry.',
}

/** New edition, art. 2(1): long-term voluntary activity (agreement of at least 60 days). */
export const REF_NEW_ART_2_1: LegalRef = {
  ...NEW_LAW,
  article: '2',
  part: '1',
  status: 'secondary-source',
  note:
    'Draft text: "Ilgalaikė savanoriška veikla – savanorio veikla pagal savanoriškos veiklos sutartį, sudarytą ne ' +
    `trumpesniam kaip 60 dienų laikotarpiui"; the 60-day threshold of the adopted law is reported by ${URL_ADOPTION_NEWS}.`,
}

/** New edition, art. 2(2): coordinating organisation. */
export const REF_NEW_ART_2_2: LegalRef = {
  ...NEW_LAW,
  article: '2',
  part: '2',
  status: 'secondary-source',
  note:
    'Draft text: "Koordinuojančioji organizacija – Lietuvos Respublikoje veikianti nevyriausybinė organizacija, ' +
    'koordinuojanti ir užtikrinanti savanorių dalyvavimą priimančiųjų organizacijų organizuojamose savanoriškose ' +
    `veiklose"; numbering confirmed by the 2023-11-16 proposal ${URL_NEW_PROPOSAL}.`,
}

/** New edition, art. 2(3): host organisation. */
export const REF_NEW_ART_2_3: LegalRef = {
  ...NEW_LAW,
  article: '2',
  part: '3',
  status: 'secondary-source',
  note:
    'Draft text: "Priimančioji organizacija – Lietuvos Respublikoje veikiantis pelno nesiekiantis juridinis asmuo arba ' +
    'tarptautinės organizacijos filialas, atstovybė, organizuojantis savanorišką veiklą savanoriams".',
}

/** New edition, art. 2(4): volunteer. */
export const REF_NEW_ART_2_4: LegalRef = {
  ...NEW_LAW,
  article: '2',
  part: '4',
  status: 'secondary-source',
  note:
    'Draft text: "Savanoris – fizinis asmuo, laisva valia, neatlyginamai skiriantis laiką, žinias ir gebėjimus savanoriškai ' +
    'veiklai". The article of the new edition on age, minors and citizenship was not read; the 14-year rule and the ' +
    `legal representative's non-objection continue per ${URL_HR_GUIDE} (updated 2024-07-01).`,
}

/** New edition, art. 2(5): voluntary service. */
export const REF_NEW_ART_2_5: LegalRef = {
  ...NEW_LAW,
  article: '2',
  part: '5',
  status: 'secondary-source',
  note:
    'Draft text begins "Savanoriška tarnyba – visuma priimančiosios organizacijos organizuojamų, koordinuojančiosios ' +
    'organizacijos koordinuojamų ir savanorio …" and the text read ends there. The threshold of at least 100 hours over ' +
    `the period set in the voluntary-service programme is reported by ${URL_ADOPTION_NEWS_VE}, not read in the statute.`,
}

/** New edition: the written-agreement provision (not read). */
export const REF_NEW_WRITTEN_AGREEMENT: LegalRef = {
  ...NEW_LAW,
  status: 'unverified',
  note:
    'When the new edition requires a written agreement, and what it must contain, was not read. The 2023-11-16 ' +
    `proposal ${URL_NEW_PROPOSAL} (oral or written agreement) is not the adopted text.`,
  notes: {
    lt: 'Naujos redakcijos nuostata dėl sutarties formos ir turinio neperskaityta; 2023-11-16 pasiūlymas (žodinė arba rašytinė sutartis) nėra priimtas tekstas.',
    en: 'The new edition’s provision on the form and contents of the agreement was not read; the 2023-11-16 proposal (oral or written agreement) is not the adopted text.',
  },
}

/**
 * The transitional provision of the law amending No. XI-1500 (in force 2024-07-01). The amending law's
 * number, date of adoption and TAR id were not found, so this reference has no `date` or `number`.
 */
export const REF_NEW_TRANSITIONAL: LegalRef = {
  act: 'Lietuvos Respublikos savanoriškos veiklos įstatymo Nr. XI-1500 pakeitimo įstatymas (pereinamoji nuostata)',
  kind: 'law',
  issuer: SEIMAS,
  title: 'Lietuvos Respublikos savanoriškos veiklos įstatymo Nr. XI-1500 pakeitimo įstatymas',
  url: URL_ORIGINAL_CARD,
  effectiveFrom: NEW_FROM,
  consolidatedAsOf: NEW_FROM,
  status: 'secondary-source',
  note:
    'Only a news paraphrase was read (etaplius.lt, ve.lt): "iki jo įsigaliojimo sudarytos savanoriškos veiklos ' +
    'sutartys galiotų be pakeitimų iki jų galiojimo pabaigos, bet ne ilgiau kaip iki 2027 metų". The amending ' +
    "law's number, date, TAR id, the article and the exact last day in 2027 were not found; the URL is the card of " +
    'Law No. XI-1500 (consolidated version from 2024-07-01).',
  notes: {
    lt: `Pereinamoji nuostata perskaityta tik naujienų perpasakojime (${URL_ADOPTION_NEWS}, ${URL_ADOPTION_NEWS_VE}): iki įsigaliojimo sudarytos sutartys galioja nepakeistos iki jų pabaigos, bet ne ilgiau kaip iki 2027 metų. Ji išsaugo sutartis, o ne ankstesnę įstatymo redakciją. Pakeitimo įstatymo numeris, priėmimo data, TAR kodas, straipsnis ir tiksli 2027 m. data nenustatyti.`,
    en: `The transitional provision was read only in a news paraphrase (${URL_ADOPTION_NEWS}, ${URL_ADOPTION_NEWS_VE}): agreements concluded before entry into force stay valid unchanged until they end, but not beyond 2027. It keeps the agreements, not the earlier edition of the law. The amending law's number, date of adoption, TAR id, article and the exact day in 2027 were not found.`,
  },
}

/** New edition: age rule (article not read). */
export const REF_NEW_AGE: LegalRef = {
  ...NEW_LAW,
  status: 'secondary-source',
  note:
    "The new edition keeps the 14-year minimum age and the legal representative's non-objection for minors " +
    `(${URL_HR_GUIDE}, updated 2024-07-01: "at least 14 years of age"); the article and whether the text says ` +
    '"vyresni kaip" or "ne jaunesni kaip" were not read.',
}

/**
 * The Government's description of expenses and per diems (new edition): what the ministry published about
 * the draft (points 7, 11–16, 17–25). The resolution's number, date and TAR id were not found.
 */
export function refGovDescription(point: '7' | '11-16' | '17-25'): LegalRef {
  return {
    act: GOV_DESCRIPTION_ACT,
    kind: 'government-resolution',
    issuer: 'Lietuvos Respublikos Vyriausybė',
    title: GOV_DESCRIPTION_TITLE,
    point,
    url: URL_GOV_DESCRIPTION_CONSULTATION,
    effectiveFrom: NEW_FROM,
    status: 'secondary-source',
    note:
      "Ministry consultation page on the draft description: a wider list of grounds than the Minister's order (point 7), " +
      'fixed rates for meals and travel, advance payment, per diems for volunteers. The adopted text, its amounts and ' +
      'conditions, the resolution number, date, TAR id and the day it applies from were not found.',
    notes: {
      lt: 'Vyriausybės aprašo projektą aprašo SADM konsultacijų puslapis (antrinis šaltinis). Nutarimo numeris, data, TAR kodas, taikymo pradžia, tekstas ir dienpinigių dydžiai nenustatyti; ministro įsakymas Nr. A1-330 netenka galios Vyriausybei patvirtinus tvarką.',
      en: 'The draft description is summarised on the ministry’s consultation page (secondary source). Resolution number, date, TAR id, first day of application, text and per-diem amounts were not found; order A1-330 lapses once the Government approves the procedure.',
    },
  }
}
