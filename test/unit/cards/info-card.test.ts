import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/cards/escape';
import { renderInfoCard } from '../../../src/cards/info-card';
import type { Person, Service } from '../../../src/directory/types';
import type { Scope } from '../../../src/teams/activity-facts';
import type { Command } from '../../../src/teams/commands/command';
import { helpData, welcomeData } from '../../../src/teams/introductions';
import { cardProblems, cardText } from '../../support/cards';

const run = async (): Promise<void> => undefined;
const commands: Command[] = [{ name: 'help', description: 'What I can do', scopes: ['personal'], run }];
const councillor: Person = {
  aadObjectId: 'c1',
  name: 'Cllr *Bold* [x](http://evil)',
  email: 'c@x',
  role: 'councillor',
};
const responder: Person = { aadObjectId: 'r1', name: 'Dana', email: 'd@x', role: 'responder' };
const checs: Service = { id: 'checs', name: 'ChECS', cadenceMonths: 5, responderIds: ['r1'] };

describe('cards', () => {
  it('escapeMarkdown shows emphasis, links, lists and headings as typed', () => {
    assert.equal(escapeMarkdown('*bold* _it_ [a](b)'), '\\*bold\\* \\_it\\_ \\[a\\]\\(b\\)');
    assert.equal(escapeMarkdown('- item\n1. first\n# head'), '\\- item\n1\\. first\n\\# head');
    assert.equal(escapeMarkdown('Plain words, 3.5 hours - fine'), 'Plain words, 3.5 hours - fine');
  });

  it('renders every welcome and help card valid, for every scope and role', () => {
    const scopes: Scope[] = ['personal', 'team', 'groupChat'];
    const people = [councillor, responder, { ...responder, role: 'partnerships' as const }, undefined];
    for (const scope of scopes) {
      for (const user of people) {
        const input = { scope, user, aadObjectId: 'id-1', servicesResponded: [checs], commands };
        for (const data of [welcomeData(input), helpData(input)]) {
          const card = renderInfoCard(data);
          assert.deepEqual(cardProblems(card), [], `${scope}/${user?.role ?? 'unknown'}`);
          assert.ok(JSON.stringify(card).length < 28_000, 'stays far below the ~40 KB message limit');
          assert.match(cardText(card), /help\nWhat I can do/);
        }
      }
    }
  });

  it('greets a councillor by escaped name with the privacy note', () => {
    const input = {
      scope: 'personal' as const,
      user: councillor,
      aadObjectId: 'c1',
      servicesResponded: [],
      commands,
    };
    const text = cardText(renderInfoCard(welcomeData(input)));
    assert.match(text, /^Welcome, Cllr \\\*Bold\\\* \\\[x\\\]\\\(http:\/\/evil\\\)/);
    assert.match(text, /never about children or families/);
  });

  it('tells someone not in the directory how to get added, quoting their id', () => {
    const input = {
      scope: 'personal' as const,
      user: undefined,
      aadObjectId: 'abc-123',
      servicesResponded: [],
      commands,
    };
    assert.match(
      cardText(renderInfoCard(welcomeData(input))),
      /not in the directory yet.*quoting your Teams user id: abc-123/s,
    );
  });

  it('names the services a responder answers for', () => {
    const input = {
      scope: 'personal' as const,
      user: responder,
      aadObjectId: 'r1',
      servicesResponded: [checs],
      commands,
    };
    assert.match(cardText(renderInfoCard(welcomeData(input))), /visit report for ChECS/);
  });

  it('inserts template-looking data as text, never evaluating it', () => {
    const card = renderInfoCard({
      heading: '${commandsHeading}',
      paragraphs: ['${footnote}', '@{x}'],
      sections: [],
      footnote: 'secret',
    });
    const text = cardText(card);
    assert.match(text, /^\$\{commandsHeading\}\n\$\{footnote\}\n@\{x\}\nsecret$/);
  });
});
