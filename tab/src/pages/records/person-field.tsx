import { Combobox, Field, Option } from '@fluentui/react-components';

/** Someone the person fields offer: the directory as the API gives it. */
export interface Someone {
  readonly aadObjectId: string;
  readonly name: string;
}

/** What is in a person field: the text shown, and the id when it was chosen from the list. */
export interface PersonChoice {
  readonly text: string;
  readonly id?: string;
}

export const NOBODY: PersonChoice = { text: '' };

/** The value to send: the chosen person's id, a typed name's, or what was typed (an e-mail or an id). */
export function personValue(choice: PersonChoice, people: readonly Someone[]): string {
  const typed = choice.text.trim();
  if (choice.id) return choice.id;
  return people.find((p) => p.name.toLowerCase() === typed.toLowerCase())?.aadObjectId ?? typed;
}

export interface PersonFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly people: readonly Someone[];
  readonly choice: PersonChoice;
  /** Why what is there will not do, shown under the field. */
  readonly problem?: string;
  readonly onChange: (choice: PersonChoice) => void;
}

/** A person from the directory, or free text for someone it no longer holds. */
export function PersonField({ label, hint, people, choice, problem, onChange }: PersonFieldProps) {
  const typed = choice.id ? '' : choice.text.trim().toLowerCase();
  const matching = people.filter((p) => p.name.toLowerCase().includes(typed));
  return (
    <Field label={label} hint={hint} validationMessage={problem}>
      <Combobox
        freeform
        clearable
        value={choice.text}
        selectedOptions={choice.id ? [choice.id] : []}
        placeholder="Name, e-mail or Entra object id"
        onOptionSelect={(_, data) =>
          onChange(data.optionValue ? { text: data.optionText ?? '', id: data.optionValue } : NOBODY)
        }
        onChange={(event) => onChange({ text: event.target.value })}
      >
        {matching.map((p) => (
          <Option key={p.aadObjectId} value={p.aadObjectId} text={p.name}>
            {p.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
