import assert from 'node:assert/strict';
import { writeCsv } from '../../../src/documents/csv';
import { CSV_HEADINGS, csvRows, type CsvRow } from '../../../src/report/csv-rows';
import { loadForms } from '../../../src/visits/forms';
import {
  CHECS,
  CHECS_AUGUST,
  CIN_CP_VISITS,
  CWD,
  CWD_FEBRUARY,
  reportVisit,
  SHORT_BREAKS_VISITS,
} from './section7-fixture';

const forms = loadForms();
const SIGNS_OF_SAFETY_STEPS = forms.get('signs-of-safety@2')!.steps.length;

describe('the report’s CSV rows', () => {
  it('a signs-of-safety@2 visit: a row for every step of the form, answered or not, in the form’s order', () => {
    const rows = csvRows([CHECS_AUGUST], forms);
    assert.equal(rows.length, SIGNS_OF_SAFETY_STEPS);
    const common = {
      service: CHECS,
      visitDate: '2022-08-10',
      councillors: 'Cllr Alex Morgan; Cllr Priya Shah',
      responseStatus: 'Responded (Ruth Ellison)',
    };
    const row = (area: string, lens: string, text = ''): CsvRow => ({ ...common, area, lens, text });
    assert.deepEqual(rows, [
      row('Staff involved', '', 'Service manager, two team managers and four social workers.'),
      row(
        'Outcomes for children',
        'What is working well?',
        'Teamwork – the team work well together as a unit and across agencies\n' +
          '- wide range of experience\n- good working relationships',
      ),
      row('Outcomes for children', 'What are we worried about / barriers?'),
      row('Outcomes for children', 'What needs to happen?'),
      row('Support for teams', 'What is working well?'),
      row(
        'Support for teams',
        'What are we worried about / barriers?',
        '- workloads are high\n- limited ability to access training',
      ),
      row('Support for teams', 'What needs to happen?'),
      row('Any other areas', 'What is working well?'),
      row('Any other areas', 'What are we worried about / barriers?'),
      row(
        'Any other areas',
        'What needs to happen?',
        'Plans to manage the increasing pressure of the cost-of-living crisis and mitigate its impact.',
      ),
      row(
        'How has COVID-19 impacted on your work?',
        '',
        'Increase in mental health issues for families since COVID-19.',
      ),
      row('Comments', '', 'Thank you for a warm welcome.'),
    ]);
  });

  it('a visit-notes@1 visit: a row per group met and the conclusion', () => {
    assert.deepEqual(
      csvRows([CWD_FEBRUARY], forms).map((r) => [r.service, r.area, r.lens, r.text]),
      [
        [CWD, 'Managers', 'Notes', 'The team are proud of the Early Help Individual Payments process.'],
        [
          CWD,
          'Staff',
          'Notes',
          'The team is small, covers a large area and caseloads remain higher than desirable.\n' +
            'Training should be more tailored to the specific roles of the team.',
        ],
        [CWD, 'Senior managers', 'Notes', ''],
        [
          CWD,
          'Conclusion',
          '',
          'A positive visit: improved technology such as iPads would better support home visits.',
        ],
      ],
    );
  });

  it('says feedback awaited until every responder has responded, else who responded', () => {
    const status = (rows: CsvRow[]) => [...new Set(rows.map((r) => r.responseStatus))];
    assert.deepEqual(status(csvRows([SHORT_BREAKS_VISITS[2]!], forms)), ['Feedback awaited']);
    assert.deepEqual(status(csvRows([CIN_CP_VISITS[2]!], forms)), [
      'Responded (Dana Whitfield, Chris Doyle)',
    ]);
    const halfAnswered = {
      ...CIN_CP_VISITS[2]!,
      complete: false,
      responses: CIN_CP_VISITS[2]!.responses.slice(0, 1),
    };
    assert.deepEqual(status(csvRows([halfAnswered], forms)), ['Feedback awaited from Chris Doyle']);
  });

  it('keeps the visits in the order given, each visit’s rows together', () => {
    const rows = csvRows([CHECS_AUGUST, CWD_FEBRUARY, SHORT_BREAKS_VISITS[2]!], forms);
    assert.equal(rows.length, SIGNS_OF_SAFETY_STEPS + 4 + SIGNS_OF_SAFETY_STEPS);
    assert.deepEqual([...new Set(rows.map((r) => r.visitDate))], ['2022-08-10', '2023-02-15', '2023-03-28']);
  });

  it('a form this build does not know: a row per answer, by its step id', () => {
    const old = reportVisit({
      visitId: 'v-old',
      serviceId: 'checs',
      date: '2022-09-01',
      formKey: 'retired-form@3',
      councillorNames: ['Cllr Alex Morgan'],
      answers: { visited: 'Yes', notes: 'Team morale has improved since the summer' },
    });
    assert.deepEqual(
      csvRows([old], forms).map((r) => [r.councillors, r.area, r.lens, r.text]),
      [
        ['Cllr Alex Morgan', 'visited', '', 'Yes'],
        ['Cllr Alex Morgan', 'notes', '', 'Team morale has improved since the summer'],
      ],
    );
  });

  it('no visits: no rows, and the file is the headings alone', () => {
    assert.deepEqual(csvRows([], forms), []);
    assert.equal(
      writeCsv(CSV_HEADINGS, []).toString('utf8'),
      '\uFEFFService,Visit date,Councillors,Area,Lens,Text,Response status\r\n',
    );
  });

  it('the rows written as CSV: bullets at a cell’s start are neutralised, line breaks kept inside quotes', () => {
    const text = writeCsv(CSV_HEADINGS, csvRows([CHECS_AUGUST], forms)).toString('utf8');
    const lines = text.split('\r\n');
    assert.equal(lines[0], '\uFEFFService,Visit date,Councillors,Area,Lens,Text,Response status');
    assert.ok(
      text.includes(
        'Support for teams,What are we worried about / barriers?,' +
          `"'- workloads are high\n- limited ability to access training",Responded (Ruth Ellison)`,
      ),
      text,
    );
  });
});
