import assert from 'node:assert/strict';
import { isHeld, standing, visitsOnRecord, type VisitOnRecord } from '../../../src/rota/held';
import type { Booking } from '../../../src/rota/types';

const today = '2026-11-25';
const visit = (day: string, extra: Partial<VisitOnRecord> = {}): VisitOnRecord => ({
  id: day,
  serviceId: 'checs',
  day,
  councillorIds: ['alex'],
  cancelled: false,
  booked: false,
  formStarted: true,
  ...extra,
});
const booking = (day: string, extra: Partial<VisitOnRecord> = {}) =>
  visit(day, { booked: true, formStarted: false, ...extra });

describe('a held visit (one definition for the rota, plan and nudges)', () => {
  /** [case, visit, held on `today`]. */
  const cases: [string, VisitOnRecord, boolean][] = [
    ['a form started today, no booking: held today', visit(today), true],
    ['a draft form for yesterday: held', visit('2026-11-24'), true],
    ['a form started ahead, for tomorrow: not yet', visit('2026-11-26'), false],
    ['a booking for today, form not started: still to come', booking(today), false],
    ['a booking for today whose form has started: held', booking(today, { formStarted: true }), true],
    ['a booking whose day has passed: held', booking('2026-11-24'), true],
    ['a cancelled booking: never', booking('2026-11-24', { cancelled: true }), false],
  ];
  for (const [name, v, held] of cases) it(name, () => assert.equal(isHeld(v, today), held));

  it('standing: the last held visit, its due date by cadence, and the next visit to come', () => {
    const service = { id: 'checs', cadenceMonths: 5 };
    assert.deepEqual(standing(service, [visit(today)], today), { last: today, due: '2027-04-25' });
    const next = booking('2026-12-01');
    assert.deepEqual(standing(service, [visit('2026-06-15'), next], today), {
      last: '2026-06-15',
      due: '2026-11-15',
      next,
    });
    const bookedToday = booking(today);
    assert.deepEqual(standing(service, [bookedToday], today), { next: bookedToday });
    assert.deepEqual(standing(service, [booking(today, { cancelled: true })], today), {});
  });

  it('a form started from a booking counts once, on the booking’s day', () => {
    const b: Booking = {
      id: 'b1',
      serviceId: 'checs',
      day: today,
      time: '10:00',
      councillorIds: ['alex'],
      status: 'booked',
      history: [],
      etag: '',
    };
    const recorded = [
      { visit: { id: 'b1', serviceId: 'checs', date: today, councillorIds: ['alex'] } },
      { visit: { id: 'v2', serviceId: 'crewe', date: '2026-11-20', councillorIds: ['priya'] } },
    ];
    assert.deepEqual(
      visitsOnRecord([b], recorded).map((v) => [v.id, v.booked, v.formStarted]),
      [
        ['b1', true, true],
        ['v2', false, true],
      ],
    );
  });
});
