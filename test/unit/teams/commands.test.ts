import assert from 'node:assert/strict';
import { commandsFor, parseCommandText, type Command } from '../../../src/teams/commands/command';

const run = async (): Promise<void> => undefined;
const table: Command[] = [
  { name: 'help', description: '', scopes: ['personal', 'team', 'groupChat'], run },
  { name: 'start', description: '', scopes: ['personal'], roles: ['councillor'], run },
  { name: 'link', description: '', scopes: ['team'], roles: ['partnerships'], run },
];
const names = (commands: Command[]): string[] => commands.map((c) => c.name);

describe('commands', () => {
  it('offers each command only in its scopes and to its roles', () => {
    assert.deepEqual(names(commandsFor(table, 'personal', 'councillor')), ['help', 'start']);
    assert.deepEqual(names(commandsFor(table, 'personal', 'responder')), ['help']);
    assert.deepEqual(names(commandsFor(table, 'personal', undefined)), ['help']);
    assert.deepEqual(names(commandsFor(table, 'team', 'partnerships')), ['help', 'link']);
    assert.deepEqual(names(commandsFor(table, 'groupChat', 'partnerships')), ['help']);
  });

  it('parses the command case-insensitively and keeps the arguments as typed', () => {
    assert.deepEqual(parseCommandText('  HELP  '), { name: 'help', args: '' });
    assert.deepEqual(parseCommandText('link   Cin-CP   Crewe'), { name: 'link', args: 'Cin-CP Crewe' });
    assert.deepEqual(parseCommandText(''), { name: '', args: '' });
  });
});
