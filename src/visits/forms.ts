import { formKey, formProblems, stepsOf, type FormDefinition, type FormStep } from './form-definition';
import signsOfSafetyV1 from './forms/signs-of-safety.v1.json';
import signsOfSafetyV2 from './forms/signs-of-safety.v2.json';
import visitNotesV1 from './forms/visit-notes.v1.json';

/** A loaded form with its steps worked out once. */
export interface Form extends FormDefinition {
  readonly key: string;
  readonly steps: readonly FormStep[];
}

/** Every form version ever shipped: old visits keep the version they were started on. Never edit one; add v2. */
const SHIPPED: readonly unknown[] = [signsOfSafetyV1, signsOfSafetyV2, visitNotesV1];

export interface FormCatalogue {
  /** The form version a visit recorded, or undefined if this build does not know it. */
  get(key: string): Form | undefined;
  /** The newest version of a form id: what new visits use. */
  latest(id: string): Form | undefined;
}

/** Validates every shipped form; throws naming the form and problem, so a bad form stops start-up. */
export function loadForms(definitions: readonly unknown[] = SHIPPED): FormCatalogue {
  const forms = new Map<string, Form>();
  definitions.forEach((raw, index) => {
    const problems = formProblems(raw);
    if (problems.length > 0) {
      const name = (raw as { id?: unknown } | null)?.id ?? `#${index + 1}`;
      throw new Error(`Form ${String(name)} is not valid: ${problems.join('; ')}`);
    }
    const definition = raw as FormDefinition;
    const key = formKey(definition);
    if (forms.has(key)) throw new Error(`Form ${key} is listed twice`);
    forms.set(key, { ...definition, key, steps: stepsOf(definition) });
  });
  return {
    get: (key) => forms.get(key),
    latest: (id) => [...forms.values()].filter((f) => f.id === id).sort((a, b) => b.version - a.version)[0],
  };
}
