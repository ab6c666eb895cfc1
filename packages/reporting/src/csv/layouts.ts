import { codeLists } from '../code-lists.js'
import type { ReportSchemaName } from '../report-schemas.js'
import {
  amountCell,
  codeCell,
  countCell,
  dateCell,
  decimalCell,
  nameListCell,
  partialDateCell,
  partialDateListCell,
  qualifiedCountCell,
  rowNumberCell,
  textCell,
  yearCell,
} from './cells.js'
import { type CsvLayout, field, qualifiedField } from './layout.js'

const required = { required: true }

const councilPlanReport: CsvLayout = {
  schema: 'council-plan-report.v1',
  order: 'section-first',
  reportFields: [
    field('Savivaldybė', 'Municipality', ['municipality'], textCell, required),
    field('Taryba', 'Council', ['council'], textCell, required),
    field('Plano pradžia', 'Plan from', ['planPeriod', 'from'], yearCell, required),
    field('Plano pabaiga', 'Plan to', ['planPeriod', 'to'], yearCell, required),
    field('Ataskaitos metai', 'Report year', ['reportYear'], yearCell, required),
    field('Ataskaitos pavadinimas', 'Report title', ['title'], textCell, required),
  ],
  sections: [
    {
      arrayPath: ['rows'],
      item: 'object',
      fields: [
        field('Eil. Nr.', 'No.', ['no'], rowNumberCell, required),
        field('Priemonės pavadinimas', 'Measure', ['measure'], textCell, required),
        field('Rodiklio pavadinimas', 'Indicator', ['indicator'], textCell, required),
        field('Atsakingi vykdytojai', 'Responsible executors', ['executors'], nameListCell, required),
        field('Įvykdymas', 'Fulfilment', ['fulfilment'], textCell, required),
        field('Įvykių datos', 'Event dates', ['eventDates'], partialDateListCell),
      ],
      groups: [
        {
          key: 'indicatorValues',
          fields: [
            qualifiedField(
              'Rodiklio reikšmė',
              'Indicator value',
              ['value'],
              ['qualifier'],
              qualifiedCountCell,
            ),
            field('Rodiklio vienetas', 'Indicator unit', ['unit'], textCell),
            field('Rodiklio citata', 'Indicator quote', ['quote'], textCell),
          ],
        },
      ],
    },
  ],
  ensure: [['planPeriod']],
}

const projectActivityReport: CsvLayout = {
  schema: 'project-activity-report.v1',
  order: 'report-first',
  recordType: {
    header: { lt: 'Įrašo tipas', en: 'Record type' },
    placeholder: { code: 'project', lt: 'projektas', en: 'project' },
  },
  reportFields: [
    field('Projekto Nr.', 'Project No.', ['project', 'id'], textCell, required),
    field('Projekto pavadinimas', 'Project title', ['project', 'title'], textCell, required),
    field('Pareiškėjas', 'Applicant', ['project', 'applicant', 'name'], textCell, required),
    field('Pareiškėjo kodas', 'Applicant code', ['project', 'applicant', 'code'], textCell, required),
    field('Savivaldybė', 'Municipality', ['project', 'municipality'], textCell, required),
    field('Seniūnija', 'Eldership', ['project', 'eldership'], textCell),
    field('Priemonės kodas', 'Measure code', ['project', 'measure', 'code'], textCell, required),
    field('Priemonės pavadinimas', 'Measure name', ['project', 'measure', 'name'], textCell, required),
    field('Priemonės metai', 'Measure year', ['project', 'measure', 'year'], yearCell, required),
    field('Skirta suma', 'Granted amount', ['project', 'grantedAmount'], amountCell, required),
    field('Projekto pradžia', 'Project start', ['project', 'period', 'from'], dateCell, required),
    field('Projekto pabaiga', 'Project end', ['project', 'period', 'to'], dateCell, required),
    field('Administravimo riba', 'Administration cap', ['project', 'administrationCap'], decimalCell),
    field('Planuota iš viso', 'Planned total', ['totals', 'planned'], amountCell, required),
    field('Panaudota iš viso', 'Actual total', ['totals', 'actual'], amountCell, required),
    field('Nepanaudota', 'Unspent', ['totals', 'unspent'], amountCell, required),
  ],
  sections: [
    {
      recordType: { code: 'activity', lt: 'veikla', en: 'activity' },
      arrayPath: ['activities'],
      item: 'object',
      fields: [
        field('Veikla', 'Activity', ['title'], textCell, required),
        field('Veiklos pradžia', 'Activity start', ['dateFrom'], dateCell, required),
        field('Veiklos pabaiga', 'Activity end', ['dateTo'], dateCell),
        field('Vieta', 'Place', ['place'], textCell, required),
        field('Dalyviai', 'Participants', ['participants'], countCell, required),
        field('Savanoriai', 'Volunteers', ['volunteers'], countCell),
        field('Savanorių valandos', 'Volunteer hours', ['volunteerHours'], decimalCell),
        field('Rodiklis', 'Indicator', ['indicator', 'name'], textCell),
        field('Rodiklio planuota reikšmė', 'Indicator planned', ['indicator', 'planned'], countCell),
        field('Rodiklio pasiekta reikšmė', 'Indicator achieved', ['indicator', 'achieved'], countCell),
      ],
      groups: [],
    },
    {
      recordType: { code: 'expense', lt: 'išlaidos', en: 'expense' },
      arrayPath: ['expenses'],
      item: 'object',
      fields: [
        field(
          'Išlaidų kategorija',
          'Expense category',
          ['category'],
          codeCell(codeLists.expenseCategory),
          required,
        ),
        field('Išlaidų aprašymas', 'Expense description', ['description'], textCell),
        field('Planuota', 'Planned', ['planned'], amountCell, required),
        field('Panaudota', 'Actual', ['actual'], amountCell, required),
        field('Dokumentų skaičius', 'Documents', ['documents'], countCell, required),
      ],
      groups: [],
    },
  ],
  ensure: [['project'], ['project', 'applicant'], ['project', 'measure'], ['project', 'period'], ['totals']],
}

const text = (lt: string, en: string) => field(lt, en, ['value'], textCell, required)

const fundedProject: CsvLayout = {
  schema: 'funded-project.v1',
  order: 'report-first',
  recordType: {
    header: { lt: 'Įrašo tipas', en: 'Record type' },
    placeholder: { code: 'project', lt: 'projektas', en: 'project' },
  },
  reportFields: [
    field('Projekto Nr.', 'Project No.', ['number'], textCell),
    field('Projekto pavadinimas', 'Project title', ['title'], textCell, required),
    field('Organizacija', 'Organisation', ['organisation', 'name'], textCell, required),
    field('Organizacijos kodas', 'Organisation code', ['organisation', 'code'], textCell),
    field('Finansuotojas', 'Funder', ['funder'], textCell, required),
    field('Programa', 'Programme', ['programme'], textCell),
    field('Sprendimo rūšis', 'Decision type', ['fundingDecision', 'actType'], codeCell(codeLists.actType)),
    field('Sprendimą priėmė', 'Decision issuer', ['fundingDecision', 'issuer'], textCell),
    field('Sprendimo Nr.', 'Decision No.', ['fundingDecision', 'number'], textCell),
    field('Sprendimo data', 'Decision date', ['fundingDecision', 'date'], dateCell),
    field('Sprendimo pavadinimas', 'Decision title', ['fundingDecision', 'title'], textCell),
    field('Bendra suma', 'Total amount', ['totalAmount'], amountCell),
    field('Narių organizacijų skaičius', 'Member organisations', ['memberOrganisations'], countCell),
  ],
  sections: [
    {
      recordType: { code: 'amount', lt: 'suma', en: 'amount' },
      arrayPath: ['amounts'],
      item: 'object',
      fields: [
        field('Metai', 'Year', ['year'], yearCell, required),
        field('Suma', 'Amount', ['amount'], amountCell, required),
      ],
      groups: [],
    },
    {
      recordType: { code: 'period', lt: 'laikotarpis', en: 'period' },
      arrayPath: ['periods'],
      item: 'object',
      fields: [
        field('Nuo', 'From', ['from'], partialDateCell, required),
        field('Iki', 'To', ['to'], partialDateCell, required),
        field('Laikotarpio rūšis', 'Period kind', ['kind'], codeCell(codeLists.periodKind), required),
      ],
      groups: [],
    },
    {
      recordType: { code: 'goal', lt: 'tikslas', en: 'goal' },
      arrayPath: ['goals'],
      item: 'text',
      fields: [text('Tekstas', 'Text')],
      groups: [],
    },
    {
      recordType: { code: 'activity', lt: 'veikla', en: 'activity' },
      arrayPath: ['activities'],
      item: 'object',
      fields: [
        field('Tekstas', 'Text', ['title'], textCell, required),
        field('Būsena', 'Status', ['status'], codeCell(codeLists.activityStatus), required),
        field('Metai', 'Year', ['year'], yearCell),
      ],
      groups: [],
    },
    {
      recordType: { code: 'result', lt: 'rezultatas', en: 'result' },
      arrayPath: ['results'],
      item: 'text',
      fields: [text('Tekstas', 'Text')],
      groups: [],
    },
    {
      recordType: { code: 'event', lt: 'renginys', en: 'event' },
      arrayPath: ['events'],
      item: 'object',
      fields: [
        field('Data', 'Date', ['date'], partialDateCell, required),
        field('Data iki', 'Date to', ['dateTo'], partialDateCell),
        field('Tekstas', 'Text', ['title'], textCell, required),
        field('Vieta', 'Place', ['place'], textCell),
        qualifiedField(
          'Dalyviai',
          'Participants',
          ['participants', 'total'],
          ['participants', 'qualifier'],
          qualifiedCountCell,
        ),
        field('Vietoje', 'On site', ['participants', 'onSite'], countCell),
        field('Nuotoliu', 'Online', ['participants', 'online'], countCell),
      ],
      groups: [],
    },
    {
      recordType: { code: 'link', lt: 'nuoroda', en: 'link' },
      arrayPath: ['links'],
      item: 'text',
      fields: [text('Nuoroda', 'Link')],
      groups: [],
    },
  ],
  ensure: [['organisation']],
}

/** The CSV layout of each schema. */
export const csvLayouts: { readonly [N in ReportSchemaName]: CsvLayout } = {
  'council-plan-report.v1': councilPlanReport,
  'project-activity-report.v1': projectActivityReport,
  'funded-project.v1': fundedProject,
}
