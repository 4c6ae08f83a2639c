/**
 * Makes text safe for an Adaptive Card TextBlock: markdown (emphasis, links, lists, headings) is shown as
 * typed rather than interpreted. Apply to every value that came from a person or a file.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()#~|<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}
