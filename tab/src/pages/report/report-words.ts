import type { Column, FreeSection } from '../../../../src/report/types';

// The tab imports only types from src/, so the paper's words it shows are repeated here (src/report/types.ts,
// src/report/apply-edit.ts); the server's answers use the same keys.

export const COLUMNS: readonly Column[] = ['working-well', 'worries', 'next-steps'];

export const COLUMN_TITLES: Readonly<Record<Column, string>> = {
  'working-well': "What's working well?",
  worries: 'What are we worried about?',
  'next-steps': 'What needs to happen / next steps',
};

/** The free sections in the paper's order, as its headings name them; `short` ones are a line, not paragraphs. */
export const SECTIONS: readonly { key: FreeSection; title: string; short?: true }[] = [
  { key: 'committee', title: 'Committee', short: true },
  { key: 'meetingDate', title: 'Date of meeting', short: true },
  { key: 'reportOf', title: 'Report of', short: true },
  { key: 'reference', title: 'Report reference', short: true },
  { key: 'wards', title: 'Ward(s) affected', short: true },
  { key: 'executiveSummary', title: '2. Executive summary' },
  { key: 'recommendations', title: '3. Recommendations' },
  { key: 'reasons', title: '4. Reasons for recommendations' },
  { key: 'otherOptions', title: '5. Other options considered' },
  { key: 'themesIntroduction', title: '7. Themes: introduction' },
  { key: 'implications', title: '8. Implications' },
];
