import assert from 'node:assert/strict';
import { renderNudge } from '../../../src/cards/nudge-card';
import { loadForms } from '../../../src/visits/forms';
import { actionsOf } from '../../support/card-driver';
import { cardOf, cardProblems, cardText } from '../../support/cards';
import { openUrls } from '../../support/open-urls';

describe('nudge messages', () => {
  const form = loadForms().latest('signs-of-safety');

  it('sends most nudges as one escaped line', () => {
    const activity = renderNudge(
      { key: 'k', topic: 'k', to: { kind: 'person', aadObjectId: 'a' }, text: 'ChECS (Crewe) is *overdue*.' },
      form,
    );
    assert.deepEqual(activity, { text: 'ChECS \\(Crewe\\) is \\*overdue\\*.', textFormat: 'markdown' });
  });

  it('sends the reminder before a booked visit as a card with the guidance and a Start button', () => {
    const activity = renderNudge(
      {
        key: 'k',
        topic: 'k',
        to: { kind: 'person', aadObjectId: 'a' },
        text: 'Your visit to ChECS is on 2026-12-01.',
        startsBooking: 'b-1',
      },
      form,
    );
    const card = cardOf(activity)!;
    assert.deepEqual(cardProblems(card), []);
    assert.match(
      cardText(card),
      /Outcomes for children:\*\* How are you making a real difference for children\?/,
    );
    assert.deepEqual(
      actionsOf(card).map((a) => [a.title, a.verb, a.data]),
      [['Start the form', 'visit.create', { bookingId: 'b-1' }]],
    );
  });

  it("the reminder before a booked visit offers the visit's Teams meeting when it has one", () => {
    const activity = renderNudge(
      {
        key: 'k',
        topic: 'k',
        to: { kind: 'person', aadObjectId: 'a' },
        text: 'Your visit to ChECS is on Fri, 27 Nov 2026 at 14:00.',
        startsBooking: 'b-1',
        meetingLink: 'https://teams.microsoft.com/l/meetup-join/abc',
      },
      form,
    );
    const card = cardOf(activity)!;
    assert.deepEqual(cardProblems(card), []);
    assert.deepEqual(
      actionsOf(card).map((a) => a.title),
      ['Start the form'],
    );
    assert.deepEqual(openUrls(card), [
      { title: 'Join the Teams meeting', url: 'https://teams.microsoft.com/l/meetup-join/abc' },
    ]);
  });

  it('sends a partnerships nudge as a card with Book, Snooze 1 week and Mark as handled', () => {
    const activity = renderNudge(
      {
        key: 'service-overdue:checs:2026-11-15~2026-11-23T09:30:00Z',
        topic: 'service-overdue:checs:2026-11-15',
        to: { kind: 'partnerships' },
        text: 'ChECS was due a visit on Sun, 15 Nov 2026 and none is booked.',
        actions: ['book', 'snooze', 'handle'],
        serviceId: 'checs',
      },
      form,
    );
    const card = cardOf(activity)!;
    assert.deepEqual(cardProblems(card), []);
    const nudge = {
      topic: 'service-overdue:checs:2026-11-15',
      text: 'ChECS was due a visit on Sun, 15 Nov 2026 and none is booked.',
      actions: ['book', 'snooze', 'handle'],
      serviceId: 'checs',
    };
    assert.deepEqual(
      actionsOf(card).map((a) => [a.title, a.verb, a.data]),
      [
        ['Book', 'rota.open-schedule', { serviceId: 'checs' }],
        ['Snooze 1 week', 'nudge.snooze', nudge],
        ['Mark as handled', 'nudge.handle', nudge],
      ],
    );
  });

  describe('booking confirmations', () => {
    const slot = (day: string, time = '10:00', meetingLink?: string) => ({
      serviceName: 'Cheshire East Consultation Service (ChECS)',
      day,
      time,
      ...(meetingLink ? { meetingLink } : {}),
      attendees: ['alex.morgan@council.example', 'priya.shah@council.example'],
    });
    const confirmation = (visits: ReturnType<typeof slot>[]) =>
      cardOf(
        renderNudge(
          {
            key: 'k',
            topic: 'k',
            to: { kind: 'person', aadObjectId: 'a' },
            text: 'You are booked for 2 visits from the 2027 plan, in date order:',
            visits,
          },
          form,
        ),
      )!;

    it('lists the visits in date order, each with Add to calendar (Teams deep link) and its meeting link', () => {
      const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc';
      const card = confirmation([slot('2027-06-01', '14:00', link), slot('2027-01-12')]);
      assert.deepEqual(cardProblems(card), []);
      assert.match(
        cardText(card),
        /Tue, 12 Jan 2027 at 10:00\n.+\nAdd to calendar\nTue, 1 Jun 2027 at 14:00/,
      );
      const [winter, summer, join] = openUrls(card);
      assert.equal(winter?.title, 'Add to calendar');
      const url = new URL(winter!.url);
      assert.equal(`${url.origin}${url.pathname}`, 'https://teams.microsoft.com/l/meeting/new');
      assert.deepEqual(Object.fromEntries(url.searchParams), {
        subject: 'Frontline visit: Cheshire East Consultation Service (ChECS)',
        startTime: '2027-01-12T10:00:00.000Z', // GMT
        endTime: '2027-01-12T11:00:00.000Z',
        attendees: 'alex.morgan@council.example,priya.shah@council.example',
        content: 'Frontline visit to Cheshire East Consultation Service (ChECS).',
      });
      assert.ok(!/[ ,:@]/.test(winter!.url.split('?')[1]!), 'the query is URL-encoded');
      const summerParams = new URL(summer!.url).searchParams;
      assert.equal(summerParams.get('startTime'), '2027-06-01T13:00:00.000Z'); // 14:00 BST
      assert.equal(summerParams.get('endTime'), '2027-06-01T14:00:00.000Z');
      assert.match(
        summerParams.get('content')!,
        /Join the Teams meeting: https:\/\/teams\.microsoft\.com\/l\/meetup-join\//,
      );
      assert.deepEqual(join, { title: 'Join the Teams meeting', url: link });
    });

    it('stays under the 28 KB Teams allows for one councillor with many visits', () => {
      const link = `https://teams.microsoft.com/l/meetup-join/${'x'.repeat(250)}`;
      const days = Array.from({ length: 60 }, (_, i) =>
        new Date(Date.UTC(2027, 0, 4 + i * 5)).toISOString().slice(0, 10),
      );
      const fifteen = confirmation(days.slice(0, 15).map((d) => slot(d, '10:00', link)));
      assert.ok(JSON.stringify(fifteen).length < 28_000);
      assert.equal(openUrls(fifteen).filter((a) => a.title === 'Add to calendar').length, 15);
      const many = confirmation(days.map((d) => slot(d, '10:00', link)));
      assert.ok(JSON.stringify(many).length < 28_000, `${JSON.stringify(many).length} characters`);
      assert.deepEqual(cardProblems(many), []);
      assert.match(cardText(many), /No room in one message for the buttons of the last \d+ visits/);
      assert.equal((cardText(many).match(/ at 10:00/g) ?? []).length, 60, 'every visit is still listed');
    });
  });
});
