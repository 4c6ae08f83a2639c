import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ResponseView, VisitDetail } from '../../../../src/http/api-types';
import { endpoints } from '../../api/endpoints';
import { LoadFailure, Loading } from '../../components/load-status';
import { Marker } from '../../components/status-badge';
import { useLoad } from '../../components/use-load';
import { formatDay, formatMoment, names } from '../../format/dates';
import { useHost } from '../../host/host-context';
import { stack } from '../../components/stack';
import { VisitActions } from './visit-actions';

const useStyles = makeStyles({
  page: {
    ...stack(tokens.spacingVerticalM),
    maxWidth: '52em',
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  meta: {
    ...stack(tokens.spacingVerticalXXS),
    color: tokens.colorNeutralForeground2,
  },
  section: { ...stack(tokens.spacingVerticalS) },
  answers: {
    margin: 0,
    ...stack(tokens.spacingVerticalS),
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  response: {
    ...stack(tokens.spacingVerticalXS),
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface VisitDetailViewProps {
  readonly visitId: string;
  /** "Back to my visits". */
  readonly backLabel: string;
  readonly onBack: () => void;
  /** The service channel's request card, for a responder. */
  readonly channelLink?: string;
}

/** One visit in full: the councillors' answers by section, and every response. */
export function VisitDetailView({ visitId, backLabel, onBack, channelLink }: VisitDetailViewProps) {
  const styles = useStyles();
  const { api, openLink } = useHost();
  const detail = useLoad<VisitDetail>(() => endpoints(api).visit(visitId), visitId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [detail.data]);

  const back = (
    <div className={styles.tools}>
      <Button onClick={onBack}>{backLabel}</Button>
      {channelLink && (
        <Button appearance="primary" onClick={() => openLink(channelLink)}>
          Open the request card in the channel
        </Button>
      )}
    </div>
  );
  if (!detail.data) {
    return (
      <div className={styles.page}>
        {back}
        {detail.error ? (
          <LoadFailure message={detail.error} onRetry={detail.reload} />
        ) : (
          <Loading label="Loading the visit…" />
        )}
      </div>
    );
  }
  const { visit, sections, responses, actions, decide } = detail.data;
  return (
    <article className={styles.page}>
      {back}
      <h2 className={styles.heading} ref={heading} tabIndex={-1}>
        {visit.serviceName}: visit on {formatDay(visit.date)}
      </h2>
      <div className={styles.meta}>
        <Text>Councillors: {names(visit.councillorNames)}</Text>
        <Text>
          {visit.status === 'draft'
            ? `Draft: ${visit.answered} of ${visit.steps} questions answered`
            : `Submitted ${visit.submittedAt ? formatMoment(visit.submittedAt) : ''}`}
        </Text>
      </div>
      {sections.length === 0 && <Text>No answers yet.</Text>}
      {sections.map((section) => (
        <section key={section.title} className={styles.section}>
          <Subtitle2 as="h3">{section.title}</Subtitle2>
          <dl className={styles.answers}>
            {section.answers.map((answer) => (
              <div key={answer.stepId}>
                <dt className={styles.label}>{answer.label}</dt>
                <dd className={styles.text} style={{ marginLeft: 0 }}>
                  {answer.text}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <VisitActions visitId={visit.visitId} actions={actions} {...(decide ? { decide } : {})} />
      <section className={styles.section}>
        <Subtitle2 as="h3">Responses</Subtitle2>
        {responses.map((r) => (
          <Response key={r.responderId} response={r} />
        ))}
        {responses.length === 0 && visit.status === 'submitted' && (
          <Text>Responses will appear here once the heads of service have responded.</Text>
        )}
        {visit.status === 'draft' && <Text>Responses are asked for once the form is submitted.</Text>}
        {visit.awaiting.length > 0 && <Text>Waiting for: {names(visit.awaiting)}.</Text>}
      </section>
    </article>
  );
}

function Response({ response }: { readonly response: ResponseView }) {
  const styles = useStyles();
  return (
    <div className={styles.response}>
      <Text weight="semibold">
        {response.name}
        {response.title ? `, ${response.title}` : ''}
      </Text>
      <Text size={200}>
        {formatMoment(response.at)} {response.edited && <Marker label="Edited" color="informative" />}
      </Text>
      <p className={styles.text}>{response.text}</p>
    </div>
  );
}
