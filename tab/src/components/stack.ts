/**
 * A column of blocks, `gap` apart, that may shrink to the screen's width (a grid item is otherwise as wide as its
 * content, which pushes a 320 px page sideways).
 */
export const stack = (gap: string) =>
  ({ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap }) as const;

/** A list without bullets or indent. */
export const bareList = { listStyleType: 'none', margin: 0, padding: 0 } as const;
