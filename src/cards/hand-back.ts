/**
 * The text for an input box on a card that refused it: whole when it fits in `maxBytes` (UTF-8, as sent, so the
 * card stays under Teams' ~40 KB); else its start, and a sentence saying so.
 */
export function handBack(text: string, maxBytes: number): { value: string; cut?: string } {
  const size = (t: string): number => Buffer.byteLength(JSON.stringify(t));
  if (size(text) <= maxBytes) return { value: text };
  let take = Math.floor((text.length * maxBytes) / size(text));
  while (take > 0 && size(text.slice(0, take)) > maxBytes) take = Math.floor(take * 0.95);
  return {
    value: text.slice(0, take),
    cut:
      `It is too long to show back whole: the box holds its first ${take.toLocaleString('en-GB')} ` +
      'characters. Your original is unchanged where you copied it from.',
  };
}
