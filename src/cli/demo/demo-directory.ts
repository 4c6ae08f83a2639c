import type { Directory, Person, Service } from '../../directory/types';

/** Invented people only, in their own id range (…-4000-9000-…), so they never meet a real directory's. */
const aad = (n: number): string => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;

const person = (n: number, name: string, role: Person['role'], title?: string): Person => {
  const email = `${name
    .replace(/^Cllr /, '')
    .toLowerCase()
    .replace(/ /g, '.')}@council.example`;
  return { aadObjectId: aad(n), name, email, role, ...(title ? { title } : {}) };
};

/** The demo's councillors, in the order the visit plan numbers them. */
export const DEMO_COUNCILLORS: readonly Person[] = [
  person(101, 'Cllr Imogen Ashworth', 'councillor'),
  person(102, 'Cllr Tariq Bamford', 'councillor'),
  person(103, 'Cllr Eleanor Pryce', 'councillor'),
  person(104, 'Cllr Owen Rathbone', 'councillor'),
  person(105, 'Cllr Niamh Calloway', 'councillor'),
];

const cinCp = person(
  201,
  'Jo Penhaligon',
  'responder',
  'Head of Service, Child in Need and Child Protection',
);
const consultation = person(
  202,
  'Marcus Thornby',
  'responder',
  'Head of Service, Consultation and Children with Disabilities',
);
const director = person(203, 'Beatrice Halloran', 'responder', "Director of Children's Social Care");

/** The partnerships officer who keeps the demo rota. */
export const DEMO_PARTNERSHIPS: Person = person(
  301,
  'Callum Fairbairn',
  'partnerships',
  'Partnerships Officer',
);

const CIN_CP_HEADING = 'Child in Need / Child Protection (CIN/CP)';
const service = (
  order: number,
  id: string,
  name: string,
  responders: Person[],
  heading?: string,
): Service => ({
  id,
  name,
  cadenceMonths: 5,
  responderIds: responders.map((r) => r.aadObjectId),
  order,
  ...(heading ? { reportHeading: heading } : {}),
});

/** The five intake teams in the committee paper's order; the director co-responds on Crewe. */
export const DEMO_SERVICES: readonly Service[] = [
  service(0, 'checs', 'Cheshire East Consultation Service (ChECS)', [consultation]),
  service(1, 'cin-cp-crewe', 'Child in Need / Child Protection, Crewe', [cinCp, director], CIN_CP_HEADING),
  service(
    2,
    'cin-cp-macclesfield',
    'Child in Need / Child Protection, Macclesfield',
    [cinCp],
    CIN_CP_HEADING,
  ),
  service(3, 'cwd-social-work', 'Children with Disabilities Social Work Team', [consultation]),
  service(4, 'cwd-short-breaks', 'Children with Disabilities Short Breaks Team', [consultation]),
];

/** Everyone the demo names, and its services: what `seedDirectory` writes. */
export const DEMO_DIRECTORY: Directory = {
  people: [...DEMO_COUNCILLORS, cinCp, consultation, director, DEMO_PARTNERSHIPS],
  services: DEMO_SERVICES,
};
