import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { stack } from './stack';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(560px, calc(100vw - 24px))', boxSizing: 'border-box' },
  content: { ...stack(tokens.spacingVerticalM) },
});

export interface FormDialogProps {
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly submitLabel: string;
  /** The button that closes it without submitting; "Close" unless a confirmation names what staying means. */
  readonly closeLabel?: string;
  readonly onSubmit: () => void;
  readonly busy: boolean;
  /** The server's sentence when the last try failed; the form keeps what was typed. */
  readonly error?: string;
  readonly children: ReactNode;
}

/** A modal form: fields, the server's error if the last try failed, and a submit button that shows progress. */
export function FormDialog({
  title,
  open,
  onClose,
  submitLabel,
  closeLabel = 'Close',
  onSubmit,
  busy,
  error,
  children,
}: FormDialogProps) {
  const styles = useStyles();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()} modalType="modal">
      <DialogSurface className={styles.surface}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {children}
              {error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                disabled={busy}
                icon={busy ? <Spinner size="tiny" /> : undefined}
              >
                {submitLabel}
              </Button>
              <Button type="button" onClick={onClose}>
                {closeLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
