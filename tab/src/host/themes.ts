import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';

/** The three looks Teams has; "glass" and anything new fall back to light. */
export type ThemeName = 'light' | 'dark' | 'contrast';

export const FLUENT_THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Teams' context says "default", "dark" or "contrast". */
export function fromTeams(theme: string | undefined): ThemeName {
  return theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
}

/** Outside Teams: `?theme=dark|contrast|light`, else the browser's colour scheme. */
export function outsideTeams(search: string, prefersDark: boolean): ThemeName {
  const asked = new URLSearchParams(search).get('theme');
  if (asked === 'dark' || asked === 'contrast' || asked === 'light') return asked;
  return prefersDark ? 'dark' : 'light';
}
