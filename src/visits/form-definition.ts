/** A visit form as data: header questions, a grid of areas by lenses, then extra questions. Versioned. */
export interface FormDefinition {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly intro: string;
  readonly header: readonly FormQuestion[];
  readonly lenses: readonly { readonly id: string; readonly title: string }[];
  readonly areas: readonly FormArea[];
  readonly questions: readonly FormQuestion[];
}

export interface FormQuestion {
  readonly id: string;
  readonly title: string;
  readonly guidance: readonly string[];
}

/** An area of the grid: `guidance` is its whole prompt list; `lensGuidance` (optional) what each lens's card shows. */
export interface FormArea extends FormQuestion {
  readonly lensGuidance?: Readonly<Record<string, readonly string[]>>;
}

/** One card of the walkthrough. Grid steps are "<area>.<lens>"; the others use the question's id. */
export interface FormStep {
  readonly id: string;
  /** The group it belongs to on the review card: "Staff involved", "Outcomes for children", ... */
  readonly section: string;
  /** The lens for a grid step ("What is working well?"), else undefined. */
  readonly lens?: string;
  readonly title: string;
  readonly guidance: readonly string[];
}

/** The key that names a form version: "signs-of-safety@1". */
export const formKey = (form: { id: string; version: number }): string => `${form.id}@${form.version}`;

/** The walkthrough's steps, in order: header, then each area through every lens, then the questions. */
export function stepsOf(form: FormDefinition): FormStep[] {
  const single = (q: FormQuestion): FormStep => ({
    id: q.id,
    section: q.title,
    title: q.title,
    guidance: q.guidance,
  });
  return [
    ...form.header.map(single),
    ...form.areas.flatMap((area) =>
      form.lenses.map((lens) => ({
        id: `${area.id}.${lens.id}`,
        section: area.title,
        lens: lens.title,
        title: form.lenses.length > 1 ? `${area.title}: ${lens.title}` : area.title,
        guidance: area.lensGuidance?.[lens.id] ?? area.guidance,
      })),
    ),
    ...form.questions.map(single),
  ];
}

const ID = /^[a-z][a-z0-9-]{0,39}$/;

/** Checks a form file; returns the problems, each naming where it is. Empty means valid. */
export function formProblems(raw: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(raw)) return ['the form must be a JSON object'];
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) problems.push('id: lower-case letters, digits and -');
  if (!Number.isInteger(raw.version) || (raw.version as number) < 1)
    problems.push('version: a whole number ≥ 1');
  for (const field of ['title', 'intro']) {
    if (typeof raw[field] !== 'string') problems.push(`${field}: text`);
  }
  const lists = { header: raw.header, areas: raw.areas, questions: raw.questions };
  for (const [name, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) {
      problems.push(`${name}: a list`);
      continue;
    }
    list.forEach((q: unknown, i) => {
      const at = `${name}[${i}]`;
      if (!isRecord(q)) return problems.push(`${at}: an object`);
      if (typeof q.id !== 'string' || !ID.test(q.id))
        problems.push(`${at}.id: lower-case letters, digits and -`);
      if (typeof q.title !== 'string' || !q.title.trim()) problems.push(`${at}.title: text`);
      if (!Array.isArray(q.guidance) || !q.guidance.every((g) => typeof g === 'string')) {
        problems.push(`${at}.guidance: a list of text`);
      }
    });
  }
  if (!Array.isArray(raw.lenses) || raw.lenses.length === 0) {
    problems.push('lenses: a list of at least one lens');
  } else {
    raw.lenses.forEach((lens: unknown, i) => {
      if (
        !isRecord(lens) ||
        typeof lens.id !== 'string' ||
        !ID.test(lens.id) ||
        typeof lens.title !== 'string'
      ) {
        problems.push(`lenses[${i}]: an id and a title`);
      }
    });
  }
  if (problems.length > 0) return problems;
  problems.push(...lensGuidanceProblems(raw.areas as unknown[], raw.lenses as { id: string }[]));
  if (problems.length > 0) return problems;
  const steps = stepsOf(raw as unknown as FormDefinition);
  if (steps.length === 0) problems.push('the form has no questions');
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.id)) problems.push(`step id "${step.id}" is used twice`);
    seen.add(step.id);
  }
  return problems;
}

/** Per-lens guidance, where an area has it: one non-empty list of text for each lens, and no other keys. */
function lensGuidanceProblems(areas: readonly unknown[], lenses: readonly { id: string }[]): string[] {
  const problems: string[] = [];
  const ids = lenses.map((l) => l.id);
  areas.forEach((area, i) => {
    const given = (area as Record<string, unknown>).lensGuidance;
    if (given === undefined) return;
    const at = `areas[${i}].lensGuidance`;
    if (!isRecord(given)) return problems.push(`${at}: an object of lens id -> list of text`);
    for (const key of Object.keys(given)) {
      if (!ids.includes(key)) problems.push(`${at}.${key}: not a lens of this form`);
    }
    for (const id of ids) {
      const list = given[id];
      if (
        !Array.isArray(list) ||
        list.length === 0 ||
        !list.every((g) => typeof g === 'string' && g.trim())
      ) {
        problems.push(`${at}.${id}: a non-empty list of text`);
      }
    }
  });
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
