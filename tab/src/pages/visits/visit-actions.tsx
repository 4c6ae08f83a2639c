import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionView, DecisionChoices, DecisionInput } from '../../../../src/http/api-types';
import { errorText } from '../../api/client';
import { endpoints } from '../../api/endpoints';
import { stack } from '../../components/stack';
import { useHost } from '../../host/host-context';
import { formatMonth } from '../../format/dates';

const useStyles = makeStyles({
  section: { ...stack(tokens.spacingVerticalS) },
  action: {
    ...stack(tokens.spacingVerticalXS),
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** One proposed action's form, as typed: kept when the server refuses. */
interface Typed {
  readonly kind: '' | 'agree' | 'in hand' | 'decline';
  readonly owner: string;
  readonly team: string;
  readonly target: string;
  readonly note: string;
}
const EMPTY: Typed = { kind: '', owner: '', team: '', target: '', note: '' };

/** "Agreed: Ruth Ellison, by March 2026" and the like: an action's status in words. */
export function actionStatus(a: ActionView): string {
  if (a.status === 'agreed' || a.status === 'in progress') {
    const who = a.ownerName ? `: ${a.ownerName}` : '';
    const by = a.target ? `, by ${formatMonth(a.target)}` : '';
    return `${a.status === 'agreed' ? 'Agreed' : 'In progress'}${who}${by}`;
  }
  if (a.status === 'declined') return `Declined: ${a.reason ?? ''}`;
  return a.status === 'done' ? 'Done' : 'Proposed: not yet decided';
}

/** The visit's actions with their status; for a named responder, a form for each proposed one and one save. */
export function VisitActions(props: {
  readonly visitId: string;
  readonly actions: readonly ActionView[];
  readonly decide?: DecisionChoices;
}) {
  const styles = useStyles();
  const { api } = useHost();
  const [actions, setActions] = useState(props.actions);
  const [typed, setTyped] = useState<Record<string, Typed>>({});
  const [notice, setNotice] = useState<{ intent: 'error' | 'success'; text: string }>();
  const [busy, setBusy] = useState(false);
  const set = (id: string, change: Partial<Typed>) =>
    setTyped((all) => ({ ...all, [id]: { ...(all[id] ?? EMPTY), ...change } }));

  const save = async () => {
    const decisions: DecisionInput[] = actions.flatMap((a): DecisionInput[] => {
      const t = typed[a.id];
      if (!t?.kind || a.status !== 'proposed') return [];
      const base = { actionId: a.id, etag: a.etag };
      if (t.kind === 'agree') {
        const owner = t.owner === 'team' ? { team: t.team } : { personId: t.owner };
        return [{ ...base, kind: 'agree', ...owner, target: t.target }];
      }
      if (t.kind === 'in hand') return [{ ...base, kind: 'in hand', note: t.note }];
      return [{ ...base, kind: 'decline', reason: t.note }];
    });
    if (decisions.length === 0) {
      setNotice({ intent: 'error', text: 'Choose a decision for at least one action.' });
      return;
    }
    setBusy(true);
    try {
      const answer = await endpoints(api).decideActions(props.visitId, { decisions });
      setActions(answer.actions);
      setTyped({});
      setNotice({ intent: 'success', text: answer.message });
    } catch (error) {
      setNotice({ intent: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  if (actions.length === 0) return null;
  const choices = props.decide;
  const proposed = choices ? actions.filter((a) => a.status === 'proposed') : [];
  return (
    <section className={styles.section} aria-label="Actions from what needs to happen">
      <Subtitle2 as="h3">Actions from what needs to happen</Subtitle2>
      {actions.map((a) => {
        const t = typed[a.id] ?? EMPTY;
        return (
          <div key={a.id} className={styles.action}>
            <Text weight="semibold">{a.text}</Text>
            <Text>{actionStatus(a)}</Text>
            {choices && a.status === 'proposed' && (
              <div className={styles.row}>
                <Field label="Decision">
                  <Select value={t.kind} onChange={(_e, d) => set(a.id, { kind: d.value as Typed['kind'] })}>
                    <option value="">Not yet</option>
                    <option value="agree">Agree</option>
                    <option value="in hand">Already in hand</option>
                    <option value="decline">Decline</option>
                  </Select>
                </Field>
                {t.kind === 'agree' && (
                  <>
                    <Field label="Owner">
                      <Select value={t.owner} onChange={(_e, d) => set(a.id, { owner: d.value })}>
                        <option value="">Choose…</option>
                        {choices.owners.map((o) => (
                          <option key={o.aadObjectId} value={o.aadObjectId}>
                            {o.name}
                          </option>
                        ))}
                        <option value="team">A team…</option>
                      </Select>
                    </Field>
                    {t.owner === 'team' && (
                      <Field label="Team name">
                        <Input value={t.team} onChange={(_e, d) => set(a.id, { team: d.value })} />
                      </Field>
                    )}
                    <Field label="Target month">
                      <Select value={t.target} onChange={(_e, d) => set(a.id, { target: d.value })}>
                        <option value="">Choose…</option>
                        {choices.months.map((m) => (
                          <option key={m} value={m}>
                            {formatMonth(m)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  </>
                )}
                {(t.kind === 'in hand' || t.kind === 'decline') && (
                  <Field label={t.kind === 'decline' ? 'Reason' : 'Note'}>
                    <Input value={t.note} onChange={(_e, d) => set(a.id, { note: d.value })} />
                  </Field>
                )}
              </div>
            )}
          </div>
        );
      })}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {proposed.length > 0 && (
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void save()}>
            Save decisions
          </Button>
        </div>
      )}
    </section>
  );
}
