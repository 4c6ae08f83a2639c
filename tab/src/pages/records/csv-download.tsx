import { Button, Link, makeStyles, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { errorText } from '../../api/client';
import { recordsEndpoints, type RecordsFilter } from '../../api/records-endpoints';
import { followLink } from '../../components/follow-link';
import { useHost } from '../../host/host-context';

/** Beside the section's title, the message takes a line of its own. */
const useStyles = makeStyles({ wide: { flexBasis: '100%' } });

type State =
  | { readonly kind: 'idle' | 'asking' }
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'failed'; readonly text: string };

/** Every entry the filter matches as CSV, from a short-lived link followed as a plain link. */
export function CsvDownload({
  filter,
  disabled,
}: {
  readonly filter: RecordsFilter;
  readonly disabled: boolean;
}) {
  const styles = useStyles();
  const { api } = useHost();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const filename = `Audit ${filter.from} to ${filter.to}.csv`;
  const download = async (): Promise<void> => {
    setState({ kind: 'asking' });
    try {
      const { url } = await recordsEndpoints(api).csvLink(filter);
      followLink(url, filename);
      setState({ kind: 'ready', url });
    } catch (error) {
      setState({ kind: 'failed', text: errorText(error) });
    }
  };
  return (
    <>
      <Button disabled={disabled || state.kind === 'asking'} onClick={() => void download()}>
        Download .csv
      </Button>
      {state.kind === 'ready' && (
        <MessageBar intent="success" layout="multiline" className={styles.wide}>
          <MessageBarBody>
            Your download of {filename} has started. If it has not,{' '}
            <Link href={state.url} download={filename}>
              download it from this link
            </Link>
            .
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" className={styles.wide}>
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
