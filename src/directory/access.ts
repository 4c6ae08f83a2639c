import type { Person, Role } from './types';

/**
 * Who may take an action, declared once beside its use case, and the sentence that turns anyone else away (a
 * card's heading in Teams, the API's 403). Both front doors check it before the use case runs.
 */
export interface Allowed {
  readonly roles: readonly Role[];
  /** "Only the partnerships team keeps the rota": names who may, without a full stop. */
  readonly refusal: string;
}

/** Whether this person (undefined: not in the directory) may take the action. */
export const isAllowed = (allowed: Allowed, person: Person | undefined): boolean =>
  person !== undefined && allowed.roles.includes(person.role);
