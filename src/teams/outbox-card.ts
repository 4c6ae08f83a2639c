import { renderOutboxCard } from '../cards/outbox-card';
import { addressKey } from '../outbox/types';
import type { Turn } from './turn';

/** The `outbox` card as it stands now, with the directory's names for each recipient. */
export async function outboxCard(turn: Turn, notice?: string): Promise<object> {
  const [open, services] = await Promise.all([turn.dispatcher.review(), turn.directory.services()]);
  const names = new Map(services.map((s) => [addressKey({ kind: 'service', serviceId: s.id }), s.name]));
  const people = [
    ...new Set(open.flatMap(({ message: m }) => (m.to.kind === 'person' ? [m.to.aadObjectId] : []))),
  ];
  for (const person of await Promise.all(people.map((id) => turn.directory.person(id)))) {
    if (person) names.set(addressKey({ kind: 'person', aadObjectId: person.aadObjectId }), person.name);
  }
  return renderOutboxCard(open, names, turn.clock.now(), notice);
}
