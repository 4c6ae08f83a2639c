import type { Column, FreeSection } from './types';

/** One change the officer makes to a draft. Theme and point ids come from the draft; `heading` picks the service. */
export type DraftEdit =
  | {
      readonly kind: 'rename-theme';
      readonly heading: string;
      readonly themeId: string;
      readonly title: string;
    }
  | { readonly kind: 'add-theme'; readonly heading: string; readonly column: Column; readonly title: string }
  | {
      readonly kind: 'merge-themes';
      readonly heading: string;
      readonly themeId: string;
      readonly intoThemeId: string;
    }
  | {
      readonly kind: 'move-theme';
      readonly heading: string;
      readonly themeId: string;
      readonly toIndex: number;
    }
  | { readonly kind: 'drop-theme'; readonly heading: string; readonly themeId: string }
  | {
      readonly kind: 'move-point';
      readonly heading: string;
      readonly pointId: string;
      readonly toThemeId: string;
      readonly toIndex?: number;
    }
  | {
      readonly kind: 'reword-point';
      readonly heading: string;
      readonly pointId: string;
      readonly text: string;
    }
  | { readonly kind: 'drop-point'; readonly heading: string; readonly pointId: string }
  | {
      readonly kind: 'restore-point';
      readonly heading: string;
      readonly pointId: string;
      readonly toThemeId: string;
    }
  | { readonly kind: 'set-section'; readonly section: FreeSection; readonly text: string };
