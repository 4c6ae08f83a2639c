/**
 * The longest answer we keep, stated on every card. Table Storage allows 32K UTF-16 characters in a property
 * and a Teams message ~40 KB, so an answer can always be shown back in its card with room to spare.
 */
export const MAX_ANSWER_CHARS = 6_000;

export type CleanedAnswer =
  | { readonly ok: true; readonly text: string; readonly removedControls: boolean }
  | { readonly ok: false; readonly text: string; readonly problem: string };

/**
 * Normalises what a person typed: Windows line ends become \n, control characters (other than tab and
 * newline) are removed, trailing spaces trimmed. Markup and `${...}` are kept exactly as typed: cards escape
 * them on display and templates never evaluate data. Over the limit: not accepted, and nothing is cut.
 */
export function cleanAnswer(raw: string): CleanedAnswer {
  const normalised = raw.replace(/\r\n?/g, '\n');
  // eslint-disable-next-line no-control-regex
  const text = normalised.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '').trimEnd();
  const removedControls = text.length !== normalised.trimEnd().length;
  if (text.length > MAX_ANSWER_CHARS) {
    return {
      ok: false,
      text,
      problem:
        `This answer is ${text.length.toLocaleString('en-GB')} characters; the limit is ` +
        `${MAX_ANSWER_CHARS.toLocaleString('en-GB')}. It was not saved: shorten it by ` +
        `${(text.length - MAX_ANSWER_CHARS).toLocaleString('en-GB')} characters and save again.`,
    };
  }
  return { ok: true, text, removedControls };
}
