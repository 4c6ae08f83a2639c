import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionView, MyActions } from '../../../../src/http/api-types';
import { endpoints } from '../../api/endpoints';
import { DataList } from '../../components/data-list';
import { LoadFailure, Loading } from '../../components/load-status';
import { OutcomeBar } from '../../components/outcome-bar';
import { PageSection } from '../../components/page-section';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { formatDay } from '../../format/dates';
import { useHost } from '../../host/host-context';
import { actionStatus } from '../visits/visit-actions';

const OPEN = new Set<ActionView['status']>(['agreed', 'in progress']);

/** The actions someone owns, from visits' "what needs to happen": In progress or Done, with a note. */
export function MyActionsPage() {
  const { api } = useHost();
  const mine = useLoad<MyActions>(() => endpoints(api).myActions(), 'my-actions');
  const action = useAction();
  const [notes, setNotes] = useState<Readonly<Record<string, string>>>({});

  if (!mine.data) {
    return mine.error ? (
      <LoadFailure message={mine.error} onRetry={mine.reload} />
    ) : (
      <Loading label="Loading your actions…" />
    );
  }
  const update = async (a: ActionView, status: 'in progress' | 'done'): Promise<void> => {
    const done = await action.run(
      () => endpoints(api).updateAction(a.serviceId, a.id, { status, note: notes[a.id] ?? '', etag: a.etag }),
      (answer) => answer.message,
    );
    if (done) {
      setNotes((all) => ({ ...all, [a.id]: '' }));
      mine.reload();
    }
  };
  return (
    <PageSection
      title="My actions"
      count={mine.data.actions.length}
      empty="Actions from visits that a head of service gives you will appear here, with what they ask and by when."
    >
      <OutcomeBar outcome={action.outcome} onDismiss={action.clear} />
      <DataList
        label="My actions"
        items={mine.data.actions}
        keyOf={(a) => `${a.serviceId}/${a.id}`}
        columns={[
          { label: 'Action', render: (a) => a.text },
          { label: 'Visit', render: (a) => `${a.serviceName}, ${formatDay(a.visitDate)}` },
          { label: 'Where it stands', render: actionStatus },
        ]}
        actions={(a) =>
          OPEN.has(a.status) ? (
            <>
              <Field label="Note (optional)">
                <Input
                  value={notes[a.id] ?? ''}
                  maxLength={1000}
                  onChange={(_, data) => setNotes((all) => ({ ...all, [a.id]: data.value }))}
                />
              </Field>
              {a.status === 'agreed' && (
                <Button
                  disabled={action.busy}
                  onClick={() => void update(a, 'in progress')}
                  aria-label={`In progress: ${a.text}`}
                >
                  In progress
                </Button>
              )}
              <Button
                appearance="primary"
                disabled={action.busy}
                onClick={() => void update(a, 'done')}
                aria-label={`Done: ${a.text}`}
              >
                Done
              </Button>
            </>
          ) : null
        }
      />
    </PageSection>
  );
}
