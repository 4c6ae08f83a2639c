import { Divider, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AuditPage } from '../../../../src/http/api-types';
import { recordsEndpoints, type RecordsFilter } from '../../api/records-endpoints';
import { LoadFailure, Loading } from '../../components/load-status';
import { useLoad } from '../../components/use-load';
import { addDays, formatDay, londonDay } from '../../format/dates';
import { useHost } from '../../host/host-context';
import { AuditLines } from './audit-lines';
import { LegalHolds } from './legal-holds';
import { NOBODY, personValue } from './person-field';
import { RecordsFilters, type FilterDraft } from './records-filters';
import { SubjectAccess } from './subject-access';

/** The filter the page opens with: the last 30 days, today included. */
const DAYS_SHOWN = 30;

const useStyles = makeStyles({
  summary: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
  divider: { margin: `${tokens.spacingVerticalXL} 0` },
});

/** What the entries shown were read with, in words: "Tue 27 Oct 2026 to Wed 25 Nov 2026, by or about Sam". */
function summary(page: AuditPage): string {
  const who =
    page.personId && (page.people.find((p) => p.aadObjectId === page.personId)?.name ?? page.personId);
  return [
    `${formatDay(page.from)} to ${formatDay(page.to)}`,
    ...(page.visitId ? [`visit ${page.visitId}`] : []),
    ...(who ? [`made by or about ${who}`] : []),
  ].join(', ');
}

/**
 * The partnerships team's Records page: the audit trail, filtered by dates, visit and person, newest first, with
 * its CSV; legal holds; and the subject access export.
 */
export default function RecordsPage() {
  const styles = useStyles();
  const { api } = useHost();
  const [initial] = useState<FilterDraft>(() => {
    const today = londonDay(new Date());
    return { from: addDays(today, 1 - DAYS_SHOWN), to: today, visit: '', person: NOBODY };
  });
  const [filter, setFilter] = useState<RecordsFilter>({ ...initial, person: '' });
  const read = useLoad<AuditPage>(() => recordsEndpoints(api).audit(filter), JSON.stringify(filter));
  const people = read.data?.people ?? [];
  const apply = (draft: FilterDraft): void => {
    const next = { ...draft, visit: draft.visit.trim(), person: personValue(draft.person, people) };
    if (JSON.stringify(next) === JSON.stringify(filter)) read.reload();
    else setFilter(next);
  };

  return (
    <>
      <RecordsFilters initial={initial} people={people} busy={read.loading} onApply={apply} />
      {read.error && <LoadFailure message={read.error} onRetry={read.reload} />}
      {read.loading && <Loading label="Reading the audit trail…" />}
      {read.data && !read.loading && !read.error && (
        <>
          <Text className={styles.summary}>Showing {summary(read.data)}.</Text>
          <AuditLines page={read.data} filter={filter} />
        </>
      )}
      <Divider className={styles.divider} />
      <LegalHolds people={people} />
      <Divider className={styles.divider} />
      <SubjectAccess people={people} />
    </>
  );
}
