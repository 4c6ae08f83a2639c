import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface Chunk {
  readonly type: 'chunk';
  readonly name: string;
  readonly code: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
}

export interface FirstPageOptions {
  readonly targetKb: number;
  /** Chunks imported lazily but always at start where they apply (teams-host, inside Teams): counted too. */
  readonly loadedAtStart: readonly string[];
}

/**
 * Prints what a person downloads before the first page shows: the entry chunk, every chunk it imports
 * statically, and the chunks named in `loadedAtStart`, gzipped (lazy pages, such as the report, are not counted).
 */
export function firstPageSize({ targetKb, loadedAtStart }: FirstPageOptions): Plugin {
  return {
    name: 'first-page-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [name, item] of Object.entries(bundle)) if (item.type === 'chunk') chunks.set(name, item);
      const first = new Set<string>();
      const visit = (name: string): void => {
        if (first.has(name)) return;
        first.add(name);
        chunks.get(name)?.imports.forEach(visit);
      };
      for (const [name, chunk] of chunks)
        if (chunk.isEntry || loadedAtStart.includes(chunk.name)) visit(name);
      const bytes = [...first].reduce((sum, name) => sum + gzipSync(chunks.get(name)?.code ?? '').length, 0);
      const kb = (bytes / 1024).toFixed(1);
      console.log(`Tab first page JS: ${kb} KB gzipped (target ≤ ${targetKb} KB)`);
    },
  };
}
