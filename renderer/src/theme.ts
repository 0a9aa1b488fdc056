/** Light, dark and high-contrast themes; the choice is remembered per machine. */
import { useEffect, useState } from 'react';

/** Each theme with the key of its name in the interface's resources (i18n/en.ts). */
export const THEMES = [
  { id: 'system', label: 'app.themeSystem' },
  { id: 'light', label: 'app.themeLight' },
  { id: 'dark', label: 'app.themeDark' },
  { id: 'contrast', label: 'app.themeContrast' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

export function useTheme(): [ThemeId, (t: ThemeId) => void] {
  const [theme, setTheme] = useState<ThemeId>(() => (localStorage.getItem('draftwatch.theme') as ThemeId | null) ?? 'system');
  useEffect(() => {
    localStorage.setItem('draftwatch.theme', theme);
    const resolved = theme === 'system' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : theme;
    document.documentElement.dataset.theme = resolved;
  }, [theme]);
  return [theme, setTheme];
}
