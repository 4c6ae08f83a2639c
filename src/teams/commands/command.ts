import type { Role } from '../../directory/types';
import type { Scope } from '../activity-facts';
import type { Turn } from '../turn';

/** A typed command: one small handler, offered only in its scopes and to its roles. */
export interface Command {
  readonly name: string;
  readonly description: string;
  readonly scopes: readonly Scope[];
  /** Who may use it; undefined means anyone, including people not in the directory. */
  readonly roles?: readonly Role[];
  run(turn: Turn, args: string): Promise<unknown>;
}

/** The commands this person may use in this scope, in table order. */
export function commandsFor(commands: readonly Command[], scope: Scope, role: Role | undefined): Command[] {
  return commands.filter(
    (command) =>
      command.scopes.includes(scope) &&
      (!command.roles || (role !== undefined && command.roles.includes(role))),
  );
}

/** Every command this person may use, wherever it works, in table order. */
export function commandsForRole(commands: readonly Command[], role: Role | undefined): Command[] {
  return commands.filter((command) => !command.roles || (role !== undefined && command.roles.includes(role)));
}

/** Splits "<command> <args>" typed by a person; the command is matched case-insensitively. */
export function parseCommandText(text: string): { name: string; args: string } {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const space = trimmed.indexOf(' ');
  const name = (space === -1 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  return { name, args: space === -1 ? '' : trimmed.slice(space + 1) };
}
