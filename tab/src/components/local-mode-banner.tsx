import { Dropdown, makeStyles, Option, OptionGroup, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { PersonView } from '../../../src/http/api-types';
import type { Role } from '../../../src/directory/types';

const GROUPS: readonly { role: Role; label: string }[] = [
  { role: 'partnerships', label: 'Partnerships team' },
  { role: 'councillor', label: 'Councillors' },
  { role: 'responder', label: 'Heads of service and responders' },
];

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorder2}`,
  },
  picker: { minWidth: '20em', maxWidth: '100%' },
  title: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export interface LocalModeBannerProps {
  readonly people: readonly PersonView[];
  readonly actAs?: string;
  readonly onActAs: (aadObjectId: string) => void;
}

/** Local mode only (nobody signed in, this computer only): who the tab acts as, chosen from the directory. */
export function LocalModeBanner({ people, actAs, onActAs }: LocalModeBannerProps) {
  const styles = useStyles();
  const labelId = useId();
  const chosen = people.find((p) => p.aadObjectId === actAs);
  const describe = (p: PersonView): string => (p.title ? `${p.name} — ${p.title}` : p.name);
  return (
    <div role="region" aria-label="Local mode" className={styles.banner}>
      <Text weight="semibold" id={labelId}>
        Local mode — act as:
      </Text>
      <Dropdown
        className={styles.picker}
        aria-labelledby={labelId}
        placeholder="Choose a person"
        value={chosen ? describe(chosen) : ''}
        selectedOptions={actAs ? [actAs] : []}
        onOptionSelect={(_, data) => data.optionValue && onActAs(data.optionValue)}
      >
        {GROUPS.map(({ role, label }) => (
          <OptionGroup key={role} label={label}>
            {people
              .filter((p) => p.role === role)
              .map((p) => (
                <Option key={p.aadObjectId} value={p.aadObjectId} text={describe(p)}>
                  <span>
                    {p.name}
                    {p.title && (
                      <Text size={200} className={styles.title}>
                        {p.title}
                      </Text>
                    )}
                  </span>
                </Option>
              ))}
          </OptionGroup>
        ))}
      </Dropdown>
      <Text size={200}>
        Testing on this computer: nobody is signed in. In Teams, single sign-on says who you are.
      </Text>
    </div>
  );
}
