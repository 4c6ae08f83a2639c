import { useEffect } from 'react';
import { Notice } from '../components/notice';

/** The channel tab's set-up page, shown by Teams when someone adds the tab to a channel. */
export function ConfigurePage({ offerChannelTab }: { readonly offerChannelTab?: () => void }) {
  useEffect(() => offerChannelTab?.(), [offerChannelTab]);
  return offerChannelTab ? (
    <Notice title="Add Frontline Visits to this channel">
      The tab shows the partnerships team the rota (who is visiting which service, and what is overdue) and
      the committee report. Select Save to add it; it will be called “Visits”.
    </Notice>
  ) : (
    <Notice title="Open this page from Teams">
      Teams shows this page when someone adds the Frontline Visits tab to a channel.
    </Notice>
  );
}
