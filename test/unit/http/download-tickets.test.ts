import assert from 'node:assert/strict';
import { createDownloadTickets, TICKET_MS } from '../../../src/http/download-tickets';

describe('download tickets', () => {
  let now = Date.parse('2026-11-24T10:00:00Z');
  const clock = { now: () => new Date(now) };
  const tickets = createDownloadTickets(Buffer.alloc(32, 1), clock);
  const paper = { file: 'report/docx/2025-26/' };
  const ticket = tickets.issue({ oid: 'sam-oid', ...paper });

  it('names its person for exactly the download it was issued for', () => {
    assert.equal(tickets.check(ticket, paper), 'sam-oid');
    for (const file of ['report/csv/2025-26/', 'report/docx/2024-25/', 'report/docx/2025-26/confirm', '']) {
      assert.equal(tickets.check(ticket, { file }), undefined, file);
    }
  });

  it('refuses a ticket with another person, expiry or signature, and one signed with another key', () => {
    const [expires, , mac] = ticket.split('.');
    const other = Buffer.from('priya-oid').toString('base64url');
    assert.equal(tickets.check(`${expires}.${other}.${mac}`, paper), undefined);
    assert.equal(
      tickets.check(`${Number(expires) + 60_000}.${ticket.split('.')[1]}.${mac}`, paper),
      undefined,
    );
    assert.equal(tickets.check(`${ticket}x`, paper), undefined);
    assert.equal(tickets.check('nonsense', paper), undefined);
    assert.equal(createDownloadTickets(Buffer.alloc(32, 2), clock).check(ticket, paper), undefined);
    assert.equal(createDownloadTickets(Buffer.alloc(32, 1), clock).check(ticket, paper), 'sam-oid');
  });

  it('refuses a ticket whose last character is changed, to any other, spare bits or not', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = ticket.slice(-1);
    for (const c of alphabet.replace(last, '')) {
      assert.equal(
        tickets.check(ticket.slice(0, -1) + c, paper),
        undefined,
        `last character ${last} -> ${c}`,
      );
    }
  });

  it('works for two minutes', () => {
    now += TICKET_MS - 1;
    assert.equal(tickets.check(ticket, paper), 'sam-oid');
    now += 1;
    assert.equal(tickets.check(ticket, paper), undefined);
  });
});
