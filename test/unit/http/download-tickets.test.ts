import assert from 'node:assert/strict';
import { createDownloadTickets, TICKET_MS } from '../../../src/http/download-tickets';

describe('download tickets', () => {
  let now = Date.parse('2026-11-24T10:00:00Z');
  const clock = { now: () => new Date(now) };
  const tickets = createDownloadTickets(Buffer.alloc(32, 1), clock);
  const paper = { format: 'docx', periodKey: '2025-26', confirm: false } as const;
  const ticket = tickets.issue({ oid: 'sam-oid', ...paper });

  it('names its person for exactly the download it was issued for', () => {
    assert.equal(tickets.check(ticket, paper), 'sam-oid');
    assert.equal(tickets.check(ticket, { ...paper, format: 'csv' }), undefined);
    assert.equal(tickets.check(ticket, { ...paper, periodKey: '2024-25' }), undefined);
    assert.equal(tickets.check(ticket, { ...paper, confirm: true }), undefined);
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
