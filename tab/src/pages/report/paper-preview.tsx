import { makeStyles, tokens } from '@fluentui/react-components';
import type { FreeSection } from '../../../../src/report/types';
import type { ReportJson } from '../../api/report-endpoints';
import { COLUMN_TITLES, COLUMNS, SECTIONS } from './report-words';

const useStyles = makeStyles({
  paper: {
    maxWidth: '46em',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
    '& h2': {
      fontSize: tokens.fontSizeBase500,
      margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
    },
    '& h3': {
      fontSize: tokens.fontSizeBase400,
      margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    },
    '& h4': { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
    '& p': { margin: `${tokens.spacingVerticalXS} 0`, whiteSpace: 'pre-wrap' },
  },
  standard: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * The paper's words as the draft stands: the officer's sections and the themes of section 7. Sections left blank
 * get the standard wording in the downloaded paper, which also has the full layout.
 */
export function PaperPreview({ data }: { readonly data: ReportJson }) {
  const styles = useStyles();
  const text = data.draft.sections.text;
  const written = (key: FreeSection) =>
    text[key]?.trim() ? (
      <p>{text[key]}</p>
    ) : (
      <p className={styles.standard}>Standard wording or placeholder</p>
    );
  const titled = (key: FreeSection) => SECTIONS.find((s) => s.key === key)?.title ?? key;
  return (
    <article className={styles.paper} aria-label="Preview of the paper">
      <p className={styles.note}>
        A preview of the words only. Download the .docx for the paper as the committee will see it.
      </p>
      <h2>Councillor Frontline Visits Annual Report</h2>
      <p>{data.period.label}</p>
      {SECTIONS.filter((s) => s.short).map((s) => (
        <p key={s.key}>
          <strong>{s.title}:</strong>{' '}
          {text[s.key]?.trim() || <span className={styles.standard}>placeholder</span>}
        </p>
      ))}
      {(['executiveSummary', 'recommendations', 'reasons', 'otherOptions'] as const).map((key) => (
        <section key={key}>
          <h3>{titled(key)}</h3>
          {written(key)}
        </section>
      ))}
      <h3>7. Themes</h3>
      {written('themesIntroduction')}
      {data.services.map((facts) => {
        const draft = data.draft.services.find((s) => s.heading === facts.heading);
        return (
          <section key={facts.heading}>
            <h3>{facts.heading}</h3>
            <p>{facts.visitsSentence}</p>
            {COLUMNS.map((column) => {
              const themes = (draft?.columns[column] ?? []).filter((t) => t.points.length > 0);
              return (
                <div key={column}>
                  <h4>{COLUMN_TITLES[column]}</h4>
                  {themes.length === 0 && <p className={styles.standard}>Nothing in this column.</p>}
                  {themes.map((theme) => (
                    <div key={theme.id}>
                      <p>
                        <strong>{theme.title}</strong>
                      </p>
                      <ul>
                        {theme.points.map((p) => (
                          <li key={p.id}>{p.text}</li>
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              );
            })}
            <h4>Comments from the Head of Service</h4>
            {facts.comments.length === 0 && <p className={styles.standard}>Feedback awaited.</p>}
            {facts.comments.map((c) => (
              <p key={`${c.visitId}-${c.name}-${c.at}`}>
                {c.text} ({c.name}
                {c.title ? `, ${c.title}` : ''})
              </p>
            ))}
          </section>
        );
      })}
      <h3>{titled('implications')}</h3>
      {written('implications')}
    </article>
  );
}
