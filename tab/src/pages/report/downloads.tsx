import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ApiFailure, errorText } from '../../api/client';
import { reportEndpoints, type DownloadFormat, type DownloadRefusal } from '../../api/report-endpoints';
import { useHost } from '../../host/host-context';
import { followLink } from '../../components/follow-link';
import { stack } from '../../components/stack';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  wide: {
    flexBasis: '100%',
    ...stack(tokens.spacingVerticalXS),
  },
  hits: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalXL },
});

const FILES: Readonly<Record<DownloadFormat, (period: string) => string>> = {
  docx: (period) => `Committee report ${period}.docx`,
  csv: (period) => `Visits ${period}.csv`,
};

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'asking'; readonly format: DownloadFormat }
  | { readonly kind: 'held'; readonly format: DownloadFormat; readonly refusal: DownloadRefusal }
  | { readonly kind: 'ready'; readonly format: DownloadFormat; readonly url: string }
  | { readonly kind: 'failed'; readonly text: string };

const isRefusal = (body: unknown): body is DownloadRefusal =>
  typeof body === 'object' && body !== null && Array.isArray((body as DownloadRefusal).hits);

/**
 * Download .docx and .csv: the server runs its personal-data check, then answers a short-lived link that is
 * followed as a plain link. When the check finds something (409), the hits are listed and "Download anyway" asks
 * again with confirm.
 */
export function Downloads({ period, disabled }: { readonly period: string; readonly disabled: boolean }) {
  const styles = useStyles();
  const { api } = useHost();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const download = async (format: DownloadFormat, confirm: boolean): Promise<void> => {
    setState({ kind: 'asking', format });
    try {
      const { url } = await reportEndpoints(api).downloadLink(period, format, confirm);
      followLink(url, FILES[format](period));
      setState({ kind: 'ready', format, url });
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 409 && isRefusal(error.body)) {
        setState({ kind: 'held', format, refusal: error.body });
      } else setState({ kind: 'failed', text: errorText(error) });
    }
  };
  const busy = state.kind === 'asking';
  return (
    <>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled || busy} onClick={() => void download('docx', false)}>
          Download .docx
        </Button>
        <Button disabled={disabled || busy} onClick={() => void download('csv', false)}>
          Download .csv
        </Button>
      </div>
      {state.kind === 'held' && (
        <div className={styles.wide}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{state.refusal.error}</MessageBarTitle>
              <ul className={styles.hits}>
                {state.refusal.hits.map((hit, i) => (
                  <li key={i}>
                    {hit.where}: {hit.kind} (“{hit.sample}”)
                  </li>
                ))}
              </ul>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void download(state.format, true)}>Download anyway</Button>
              <Button appearance="transparent" onClick={() => setState({ kind: 'idle' })}>
                Not now
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {state.kind === 'ready' && (
        <div className={styles.wide}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              Your download of {FILES[state.format](period)} has started. If it has not,{' '}
              <Link href={state.url} download={FILES[state.format](period)}>
                download it from this link
              </Link>
              .
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {state.kind === 'failed' && (
        <div className={styles.wide}>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.text}</MessageBarBody>
          </MessageBar>
        </div>
      )}
    </>
  );
}
