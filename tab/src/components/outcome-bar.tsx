import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Outcome } from './use-action';

/** What the server said of the last action: a confirmation or its error, as sent (MessageBar announces it). */
export function OutcomeBar({
  outcome,
  onDismiss,
}: {
  readonly outcome?: Outcome;
  readonly onDismiss?: () => void;
}) {
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent}>
      <MessageBarBody>{outcome.text}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button appearance="transparent" onClick={onDismiss}>
            Dismiss
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
