import type { Person, Role } from '../directory/types';
import { mapStrings, wholeWordPattern } from './whole-words';

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
  private pattern: RegExp | undefined | null = null;

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
    this.pattern = null;
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

  /**
   * Text with every other person's id, name and email replaced by their label where it stands as a whole word
   * (longest first, so a colleague "Ann" leaves "Annual review" and the subject's own "Ann Smith" alone).
   */
  text(text: string): string {
    if (this.pattern === null) {
      const own = [this.subject.aadObjectId, this.subject.name, this.subject.email];
      this.pattern = wholeWordPattern([...own, ...this.words.keys()]);
    }
    return this.pattern ? text.replace(this.pattern, (word) => this.words.get(word) ?? word) : text;
  }

  /** A JSON-like value with `text` applied to every string value in it (never to its keys). */
  deep<T>(value: T): T {
    return mapStrings(value, (text) => this.text(text));
  }
}
