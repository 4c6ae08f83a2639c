import assert from 'node:assert/strict';
import type { Person } from '../../../src/directory/types';
import { ThirdParties } from '../../../src/records/labels';
import { replaceWholeWords } from '../../../src/records/whole-words';

const subject: Person = {
  aadObjectId: 'oid-subject',
  name: 'Ann Smith',
  email: 'ann.smith@council.example',
  role: 'councillor',
};
const ann: Person = { aadObjectId: 'oid-ann', name: 'Ann', email: 'ann@council.example', role: 'councillor' };
const zoe: Person = { aadObjectId: 'oid-zoe', name: 'Zoë', email: 'zoe@council.example', role: 'responder' };

describe('subject access labels: other people by role, whole words only', () => {
  const others = new ThirdParties(subject, [subject, ann, zoe]);

  it("leaves a colleague's name inside another word, and replaces it where it stands alone", () => {
    assert.equal(others.text('Annual review with Ann.'), 'Annual review with Another councillor.');
    assert.equal(others.text('Ann'), 'Another councillor');
    assert.equal(others.text('Anna and Joanne'), 'Anna and Joanne');
  });

  it("finds word boundaries in any script, and keeps the subject's own name whole", () => {
    assert.equal(others.text('Zoë said; Zoëlle did not'), 'Head of service said; Zoëlle did not');
    assert.equal(others.text('Ann Smith met Ann'), 'Ann Smith met Another councillor');
    assert.equal(others.text('mail ann@council.example'), 'mail Another councillor');
  });

  it('changes values, never keys', () => {
    assert.deepEqual(others.deep({ Ann: 'Ann', notes: ['Annual review', 'oid-zoe'] }), {
      Ann: 'Another councillor',
      notes: ['Annual review', 'Head of service'],
    });
  });

  it('replaceWholeWords prefers the longer name', () => {
    const words = new Map([
      ['Ann', 'A'],
      ['Ann Lee', 'B'],
    ]);
    assert.equal(replaceWholeWords('Ann Lee and Ann, Annual', words), 'B and A, Annual');
  });
});
