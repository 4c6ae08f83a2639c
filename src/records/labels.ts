import type { Person, Role } from '../directory/types';

/** How a subject access export names someone else, by their role. */
export const OTHER_LABELS: Readonly<Record<Role | 'unknown', string>> = {
  councillor: 'Another councillor',
  responder: 'Head of service',
  partnerships: 'Partnerships officer',
  unknown: 'Another person',
};

/** The name erasure leaves in records that must be kept, by the person's role. */
export const FORMER_LABELS: Readonly<Record<Role, string>> = {
  councillor: 'Former councillor',
  responder: 'Former head of service',
  partnerships: 'Former partnerships officer',
};

/**
 * Everyone but the subject who appears in their records, by id, and each one's label: the export writes the label
 * wherever their id, name or email would have stood.
 */
export class ThirdParties {
  private readonly labels = new Map<string, string>();
  private readonly words = new Map<string, string>();

  constructor(
    private readonly subject: Person,
    directory: readonly Person[],
  ) {
    for (const person of directory) this.add(person.aadObjectId, person.name, person.role, person.email);
  }

  /** Notes someone seen in a record (`role` is what the record says they were there as). */
  add(id: string, name: string | undefined, role: Role | 'unknown', email?: string): void {
    if (!id || id === this.subject.aadObjectId || id === 'system') return;
    const label = this.labels.get(id) ?? OTHER_LABELS[role];
    this.labels.set(id, label);
    for (const word of [id, name, email]) {
      if (word && word.trim().length > 2 && word !== this.subject.name) this.words.set(word, label);
    }
  }

  /** The subject's own id unchanged, anyone else's as their label. */
  id(id: string): string {
    return id === this.subject.aadObjectId || id === 'system'
      ? id
      : (this.labels.get(id) ?? OTHER_LABELS.unknown);
  }

  /** The name beside an id: the subject's as stored, anyone else's as their label. */
  name(id: string, name: string): string {
    return id === this.subject.aadObjectId ? name : this.id(id);
  }

  /** Text with every other person's id, name and email replaced by their label (longest first). */
  text(text: string): string {
    let result = text;
    const words = [...this.words.keys()].sort((a, b) => b.length - a.length);
    for (const word of words) result = result.split(word).join(this.words.get(word)!);
    return result;
  }

  /** A JSON-like value with `text` applied to every string in it, keys included. */
  deep<T>(value: T): T {
    if (typeof value === 'string') return this.text(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.deep(v)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.deep(v)])) as T;
    }
    return value;
  }
}
