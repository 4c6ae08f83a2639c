import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Subtitle2Stronger,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { HoldsPage, HoldView, PlaceHold } from '../../../../src/http/api-types';
import { recordsEndpoints } from '../../api/records-endpoints';
import { LoadFailure, Loading } from '../../components/load-status';
import { stack } from '../../components/stack';
import { useLoad } from '../../components/use-load';
import { useHost } from '../../host/host-context';
import { HoldList } from './hold-list';
import { holdSubject } from './hold-words';
import type { Someone } from './person-field';
import { PlaceHoldForm } from './place-hold-form';

const useStyles = makeStyles({
  section: { ...stack(tokens.spacingVerticalM) },
  intro: { maxWidth: '720px' },
  empty: { color: tokens.colorNeutralForeground2 },
  status: { ':focus': { outline: 'none' } },
});

/** The list as the server orders it: active holds first (newest placed first), then lifted (newest lifted first). */
function standing(holds: readonly HoldView[]): HoldView[] {
  const when = (h: HoldView): string => h.lifted?.at ?? h.placedAt;
  return [...holds].sort((a, b) =>
    !a.lifted !== !b.lifted ? (a.lifted ? 1 : -1) : when(b).localeCompare(when(a)),
  );
}

/** Legal holds on the Records page: what a hold does, the holds placed, placing one and lifting one. */
export function LegalHolds({ people }: { readonly people: readonly Someone[] }) {
  const styles = useStyles();
  const headingId = useId();
  const { api } = useHost();
  const endpoints = recordsEndpoints(api);
  const read = useLoad<HoldsPage>(() => endpoints.holds(), 'holds');
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const update = (hold: HoldView): void => {
    if (!read.data) return read.reload();
    const others = read.data.holds.filter((h) => h.id !== hold.id);
    read.replace({ ...read.data, holds: standing([hold, ...others]) });
  };
  const place = async (request: PlaceHold): Promise<void> => {
    setStatus('');
    const hold = await endpoints.placeHold(request);
    update(hold);
    setStatus(`Hold ${hold.reason} placed on ${holdSubject(hold)}.`);
  };
  const lift = async (held: HoldView): Promise<void> => {
    setStatus('');
    const hold = await endpoints.liftHold(held.id);
    update(hold);
    setStatus(`Hold ${hold.reason} on ${holdSubject(hold)} lifted.`);
    statusRef.current?.focus(); // its Lift button, where the dialog would return focus, is gone
  };
  const holds = read.data?.holds ?? [];
  const active = holds.filter((h) => !h.lifted).length;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Legal holds{active > 0 ? ` (${active} active)` : ''}
      </Subtitle2>
      <Text className={styles.intro}>
        When an inquiry or the legal team issues a no-destroy instruction, place a hold with its reference.
        Nothing a hold covers is deleted by retention, and a held person cannot be erased, until it is lifted.
        Placing and lifting are recorded in the audit trail with your name.
      </Text>
      {read.error && <LoadFailure message={read.error} onRetry={read.reload} />}
      {read.loading && !read.data && <Loading label="Reading the legal holds…" />}
      {read.data && (
        <>
          <Subtitle2Stronger as="h3">Place a hold</Subtitle2Stronger>
          <PlaceHoldForm services={read.data.services} people={people} onPlace={place} />
        </>
      )}
      {/* Between the form and the list: beside the button pressed, above the hold that changed. */}
      <div role="status" aria-live="polite" tabIndex={-1} ref={statusRef} className={styles.status}>
        {status && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{status}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {read.data && (
        <>
          <Subtitle2Stronger as="h3">Holds placed</Subtitle2Stronger>
          {holds.length === 0 ? (
            <Text className={styles.empty}>No legal hold has been placed.</Text>
          ) : (
            <HoldList holds={holds} onLift={lift} />
          )}
        </>
      )}
    </section>
  );
}
