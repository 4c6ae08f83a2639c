import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { errorText } from '../../api/client';
import { recordsEndpoints } from '../../api/records-endpoints';
import { followLink } from '../../components/follow-link';
import { stack } from '../../components/stack';
import { useHost } from '../../host/host-context';
import { NOBODY, PersonField, personValue, type Someone } from './person-field';

const useStyles = makeStyles({
  section: { ...stack(tokens.spacingVerticalS), maxWidth: '720px' },
  form: { ...stack(tokens.spacingVerticalS), justifyItems: 'start' },
  field: { width: '100%', maxWidth: '420px' },
});

type State =
  | { readonly kind: 'idle' | 'asking' | 'unnamed' }
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'failed'; readonly text: string };

/**
 * A subject access request: everything held about one person as a .zip, from a short-lived link the server gives
 * (POST /api/records/subject-access/link); its sentence when it refuses.
 */
export function SubjectAccess({ people }: { readonly people: readonly Someone[] }) {
  const styles = useStyles();
  const headingId = useId();
  const { api } = useHost();
  const [choice, setChoice] = useState(NOBODY);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const person = personValue(choice, people);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!person) return setState({ kind: 'unnamed' });
    setState({ kind: 'asking' });
    try {
      const { url } = await recordsEndpoints(api).subjectAccessLink(person);
      followLink(url, '');
      setState({ kind: 'ready', url });
    } catch (error) {
      setState({ kind: 'failed', text: errorText(error) });
    }
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        Subject access request
      </Subtitle2>
      <Text>
        When someone asks for the information held about them, download it here. The .zip holds their
        directory entry; the visits they are named on or wrote in, with answers, responses and amendments; the
        actions, bookings and messages that name them; and the audit entries by or about them: as data files,
        a readable Word copy and a summary. Where the records name other people, they appear by their role;
        answers are as typed, so read them for anyone else's details before you send it. Each download is
        recorded in the audit trail with your name.
      </Text>
      <form className={styles.form} onSubmit={(event) => void submit(event)} aria-labelledby={headingId}>
        <div className={styles.field}>
          <PersonField
            label="Whose records"
            hint="Choose from the directory, or type their e-mail address or Entra object id."
            people={people}
            choice={choice}
            problem={
              state.kind === 'unnamed'
                ? 'Choose someone from the directory, or type their e-mail address.'
                : undefined
            }
            onChange={(next) => {
              setChoice(next);
              setState({ kind: 'idle' });
            }}
          />
        </div>
        <Button type="submit" disabled={state.kind === 'asking'}>
          Download their records (.zip)
        </Button>
      </form>
      {state.kind === 'ready' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Their records are downloading. If the download has not started,{' '}
            <Link href={state.url} download>
              download it from this link
            </Link>
            .
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
