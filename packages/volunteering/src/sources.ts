import type { LegalRef } from '@talka/core'

/*
 * Every legal reference of the package, in one place. Each URL is the address of a stored copy read
 * with the search tool (see docs/decisions/0041-volunteering-sources.md). Where a stored copy is cut
 * short or is a secondary source, `note` says exactly what it supports and what stays unverified.
 */

/** The act name of the original edition, as cited in references. */
export const ORIGINAL_ACT =
  'Lietuvos Respublikos savanoriškos veiklos įstatymas Nr. XI-1500 (pradinė redakcija)'
/** The act name of the new edition, as cited in references. */
export const NEW_ACT = 'Lietuvos Respublikos savanoriškos veiklos įstatymas Nr. XI-1500 (nauja redakcija)'
/** The Minister's order on expenses (original edition). */
export const A1_330_ACT =
  'Savanoriškos veiklos išlaidų kompensavimo sąlygų ir tvarkos aprašas (SADM ministro 2011-07-14 įsakymas Nr. A1-330)'
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

/** Original edition, art. 1 (purpose); text verified in the stored copy. */
export const REF_ORIGINAL_ART_1: LegalRef = {
  act: ORIGINAL_ACT,
  actId: 'XI-1500',
  article: '1',
  url: URL_ORIGINAL_TEXT,
  effectiveFrom: ORIGINAL_FROM,
  note:
    'In force 2011-08-01 (art. 13(2) from 2011-07-13), Valstybės žinios 2011-07-13 Nr. 86-4142, per the e-seimas card ' +
    `${URL_ORIGINAL_CARD}; replaced by the new edition from 2024-07-01 (same card: consolidated version "2024-07-01 -").`,
}

/** Original edition, art. 2: its only two definitions (no long-term activity, no voluntary service). */
export const REF_ORIGINAL_ART_2: LegalRef = {
  act: ORIGINAL_ACT,
  actId: 'XI-1500',
  article: '2',
  url: URL_ORIGINAL_TEXT,
  effectiveFrom: ORIGINAL_FROM,
  note:
    'Art. 2 defines only "savanoriška veikla" (part 1) and "tarptautinė savanoriškos veiklos programa" (part 2); the ' +
    'stored text and the e-seimas card show no other part, and art. 1 lists no long-term activity or voluntary service.',
}

/** Original edition, art. 5(1): who may be a volunteer. */
export const REF_ORIGINAL_ART_5_1: LegalRef = {
  act: ORIGINAL_ACT,
  actId: 'XI-1500',
  article: '5',
  part: '1',
  url: URL_ORIGINAL_TEXT,
  effectiveFrom: ORIGINAL_FROM,
  note:
    'Article 5 "Reikalavimai savanoriui" with parts 1–4 per the e-seimas card; the stored text of the law stops after ' +
    'art. 4, so the wording "Savanoriais gali būti vyresni kaip 14 metų Lietuvos Respublikos piliečiai ir Lietuvos ' +
    `Respublikos teritorijoje teisėtai esantys užsieniečiai" is taken from the quotation at ${URL_MOLETAI_QUOTE}.`,
}

/** Original edition, art. 5(2): minors and the legal representative's non-objection. */
export const REF_ORIGINAL_ART_5_2: LegalRef = {
  act: ORIGINAL_ACT,
  actId: 'XI-1500',
  article: '5',
  part: '2',
  url: URL_ORIGINAL_TEXT,
  effectiveFrom: ORIGINAL_FROM,
  note:
    'Wording "Asmenys, jaunesni kaip 18 metų, gali dalyvauti savanoriškoje veikloje, jeigu tam neprieštarauja vaiko ' +
    `atstovas pagal įstatymą" quoted at ${URL_MOLETAI_QUOTE}; part 2 of art. 5 per the e-seimas card.`,
}

/** Original edition, art. 6(1): the list of organisers. */
export const REF_ORIGINAL_ART_6_1: LegalRef = {
  act: ORIGINAL_ACT,
  actId: 'XI-1500',
  article: '6',
  part: '1',
  url: URL_ORIGINAL_TEXT,
  effectiveFrom: ORIGINAL_FROM,
  note:
    'Article 6 "Savanoriškos veiklos organizatoriai", part 1 with points 1–9 per the e-seimas card; the list (charity ' +
    'and support foundations, budgetary institutions, associations, public institutions, religious communities and ' +
    'centres, branches and representations of international public organisations, political parties, trade unions, ' +
    `other non-profit legal persons whose profit may not be distributed) from ${URL_HR_GUIDE}; the point numbers of each ` +
    'item are not cited because the stored text of art. 6 is not available.',
}

/** Original edition: the written-agreement rule (article number not in a stored copy). */
export const REF_ORIGINAL_WRITTEN_AGREEMENT: LegalRef = {
  act: ORIGINAL_ACT,
  actId: 'XI-1500',
  url: URL_ORIGINAL_TEXT,
  effectiveFrom: ORIGINAL_FROM,
  note:
    'UNVERIFIED ARTICLE: the stored text of the law stops after art. 4, so the article and part are not cited. Wording ' +
    '"Savanoriškos veiklos organizatorius su savanoriu sudaro rašytinę savanoriškos veiklos sutartį, jeigu: 1) ' +
    'kompensuojamos su savanoriška veikla susijusios išlaidos; 2) sudaryti sutartį pageidauja viena iš šalių" quoted at ' +
    `${URL_MOLETAI_QUOTE}.`,
}

/** Order A1-330, preamble: adopted under art. 11(2) of the original edition. */
export const REF_ORIGINAL_ART_11_2: LegalRef = {
  act: ORIGINAL_ACT,
  actId: 'XI-1500',
  article: '11',
  part: '2',
  url: URL_ORIGINAL_TEXT,
  effectiveFrom: ORIGINAL_FROM,
  note: `Art. 11(2) delegates the expense conditions to the Minister, as the preamble of order A1-330 states (${URL_A1_330}).`,
}

/** A1-330 description, point 3 and subpoints: which expenses may be reimbursed, on the agreement's terms. */
export function refA1330(point: '3' | '3.1' | '3.2' | '3.3'): LegalRef {
  return {
    act: A1_330_ACT,
    actId: 'A1-330',
    point,
    url: URL_A1_330,
    effectiveFrom: ORIGINAL_FROM,
    ...(point === '3.3'
      ? {
          note:
            'The stored copy reads "maitinimo išlaidas, kai savanoriška veikla trunka ne mažiau kaip 4 valandas per" and ' +
            'is cut there; the unit after "per" (day) follows the domain specification.',
        }
      : point === '3'
        ? { note: 'Subpoints after 3.3 are not in the stored copy (it is cut inside 3.3).' }
        : {}),
  }
}

/** A1-330 description, point 4 as amended by order A1-548 (documents, own car). */
export const REF_A1_330_POINT_4_A1_548: LegalRef = {
  act: `${A1_330_ACT}, 4 punktas, pakeistas 2014-11-12 įsakymu Nr. A1-548`,
  actId: 'A1-548',
  point: '4',
  url: URL_A1_548,
  note:
    'Order A1-548 was signed on 2014-11-12; the day it took effect is not in the stored copy. The package applies this ' +
    'wording from 2014-11-13, the earliest day it could apply (see docs/decisions/0043).',
}

/** A1-330 description, point 4 in its 2011 wording (not in a stored copy). */
export const REF_A1_330_POINT_4_2011: LegalRef = {
  act: A1_330_ACT,
  actId: 'A1-330',
  point: '4',
  url: URL_A1_330,
  effectiveFrom: ORIGINAL_FROM,
  note: 'UNVERIFIED WORDING: the stored copy of A1-330 is cut inside point 3.3; the 2011 wording of point 4 is not available.',
}

/** Ministry statement that per diems and advance payments are new with the Government description. */
export const REF_PER_DIEM_AND_ADVANCE_NEW: LegalRef = {
  act: A1_330_ACT,
  actId: 'A1-330',
  point: '3',
  url: URL_A1_330,
  effectiveFrom: ORIGINAL_FROM,
  note:
    'Point 3 lets the organiser "kompensuoti" (reimburse) listed expenses incurred. The ministry states that the ' +
    'Government description newly allows advance payment and legalises per diems for volunteers ' +
    `(${URL_GOV_DESCRIPTION_CONSULTATION}).`,
}

/** New edition, art. 1 (purpose); wording of the registered draft XIVP-3014. */
export const REF_NEW_ART_1: LegalRef = {
  act: NEW_ACT,
  actId: 'XI-1500',
  article: '1',
  part: '1',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    'Text of the registered draft XIVP-3014 (the adopted text is not in a stored copy). In force 2024-07-01 per the ' +
    `e-seimas card ${URL_ORIGINAL_CARD} and ${URL_ADOPTION_NEWS}.`,
}

/** New edition, art. 2(1): long-term voluntary activity (agreement of at least 60 days). */
export const REF_NEW_ART_2_1: LegalRef = {
  act: NEW_ACT,
  actId: 'XI-1500',
  article: '2',
  part: '1',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    'Draft text: "Ilgalaikė savanoriška veikla – savanorio veikla pagal savanoriškos veiklos sutartį, sudarytą ne ' +
    `trumpesniam kaip 60 dienų laikotarpiui"; the 60-day threshold of the adopted law is confirmed by ${URL_ADOPTION_NEWS}.`,
}

/** New edition, art. 2(2): coordinating organisation. */
export const REF_NEW_ART_2_2: LegalRef = {
  act: NEW_ACT,
  actId: 'XI-1500',
  article: '2',
  part: '2',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    'Draft text: "Koordinuojančioji organizacija – Lietuvos Respublikoje veikianti nevyriausybinė organizacija, ' +
    'koordinuojanti ir užtikrinanti savanorių dalyvavimą priimančiųjų organizacijų organizuojamose savanoriškose ' +
    `veiklose"; numbering confirmed by the 2023-11-16 proposal ${URL_NEW_PROPOSAL}.`,
}

/** New edition, art. 2(3): host organisation. */
export const REF_NEW_ART_2_3: LegalRef = {
  act: NEW_ACT,
  actId: 'XI-1500',
  article: '2',
  part: '3',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    'Draft text: "Priimančioji organizacija – Lietuvos Respublikoje veikiantis pelno nesiekiantis juridinis asmuo arba ' +
    'tarptautinės organizacijos filialas, atstovybė, organizuojantis savanorišką veiklą savanoriams".',
}

/** New edition, art. 2(4): volunteer. */
export const REF_NEW_ART_2_4: LegalRef = {
  act: NEW_ACT,
  actId: 'XI-1500',
  article: '2',
  part: '4',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    'Draft text: "Savanoris – fizinis asmuo, laisva valia, neatlyginamai skiriantis laiką, žinias ir gebėjimus savanoriškai ' +
    'veiklai". The article of the new edition on age, minors and citizenship is not in a stored copy; the 14-year rule ' +
    `and the legal representative's non-objection continue per ${URL_HR_GUIDE} (updated 2024-07-01).`,
}

/** New edition, art. 2(5): voluntary service. */
export const REF_NEW_ART_2_5: LegalRef = {
  act: NEW_ACT,
  actId: 'XI-1500',
  article: '2',
  part: '5',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    'Draft text begins "Savanoriška tarnyba – visuma priimančiosios organizacijos organizuojamų, koordinuojančiosios ' +
    'organizacijos koordinuojamų ir savanorio …" and the stored copy is cut there. UNVERIFIED: the threshold of at ' +
    'least 100 hours over the programme period comes from the domain specification, not from a stored copy.',
}

/** New edition: the written-agreement provision (not in a stored copy). */
export const REF_NEW_WRITTEN_AGREEMENT: LegalRef = {
  act: NEW_ACT,
  actId: 'XI-1500',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    'UNKNOWN PROVISION: the stored draft is cut inside art. 2; when the new edition requires a written agreement, and ' +
    `what it must contain, is not in a stored copy. The 2023-11-16 proposal ${URL_NEW_PROPOSAL} discusses oral and ` +
    'written agreements but is not the adopted text.',
}

/** New edition: the transitional provision (exact end date not in a stored copy). */
export const REF_NEW_TRANSITIONAL: LegalRef = {
  act: 'Lietuvos Respublikos savanoriškos veiklos įstatymo Nr. XI-1500 pakeitimo įstatymas (pereinamoji nuostata)',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    'UNKNOWN DATE: agreements concluded before 2024-07-01 stay valid unchanged until they end "bet ne ilgiau kaip iki ' +
    `2027 metų" (${URL_ADOPTION_NEWS}); the exact date and article are not in a stored copy of the act.`,
}

/** New edition: age rule (article not in a stored copy). */
export const REF_NEW_AGE: LegalRef = {
  act: NEW_ACT,
  actId: 'XI-1500',
  url: URL_NEW_DRAFT,
  effectiveFrom: NEW_FROM,
  note:
    "UNVERIFIED ARTICLE AND WORDING: the new edition keeps the 14-year minimum age and the legal representative's " +
    `non-objection for minors (${URL_HR_GUIDE}, updated 2024-07-01: "at least 14 years of age"); whether the text says ` +
    '"vyresni kaip" or "ne jaunesni kaip" is not in a stored copy.',
}

/** Government description: what the ministry published about the draft (points 7, 11–16, 17–25). */
export function refGovDescription(point: '7' | '11-16' | '17-25'): LegalRef {
  return {
    act: GOV_DESCRIPTION_ACT,
    point,
    url: URL_GOV_DESCRIPTION_CONSULTATION,
    effectiveFrom: NEW_FROM,
    note:
      "Ministry consultation page on the draft description: a wider list of grounds than the Minister's order (point 7), " +
      'fixed rates for meals and travel, advance payment, per diems for volunteers. The adopted text, its amounts and ' +
      'conditions are not in a stored copy.',
  }
}
