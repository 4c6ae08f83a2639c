import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';

/** Shown while a page's data is on its way. */
export function Loading({ label }: { readonly label: string }) {
  return <Spinner size="small" label={label} labelPosition="after" style={{ padding: '24px 0' }} />;
}

/** A failed load: the server's sentence, and a way to try again. */
export function LoadFailure({
  message,
  onRetry,
}: {
  readonly message: string;
  readonly onRetry: () => void;
}) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>Try again</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
