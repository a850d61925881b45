// Design tokens shared by the shell and every tab. Colour pairs are checked for WCAG 2.2 AA:
// text ≥ 4.5:1 on its background, borders and focus ring ≥ 3:1 against white.
export const tokens = {
  color: {
    text: '#1b1f24', // 16.1:1 on white
    textMuted: '#4b5663', // 7.4:1 on white
    background: '#f4f6f8',
    surface: '#ffffff',
    border: '#6b7785', // 4.6:1 on white (input borders, 1.4.11)
    divider: '#d5dbe1', // decorative only
    primary: '#005a51', // 7.6:1 on white
    primaryHover: '#00423b',
    onPrimary: '#ffffff',
    focus: '#1849c6', // 7.0:1 on white
    danger: '#a4231b', // 7.1:1 on white
    dangerSurface: '#fdecea',
    success: '#1b6232', // 7.0:1 on white
    successSurface: '#e6f4ea',
    warning: '#7a4a00', // 7.6:1 on white
    warningSurface: '#fff4dc',
    info: '#1d4f91', // 8.3:1 on white
    infoSurface: '#e8f0fb',
    neutralSurface: '#eceff3',
  },
  space: { xs: '0.25rem', sm: '0.5rem', md: '1rem', lg: '1.5rem', xl: '2rem' },
  radius: { sm: '4px', md: '8px' },
  font: {
    family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
    sizeBase: '1rem',
    sizeSmall: '0.875rem',
  },
  breakpoint: { phone: 640, desktop: 1024 },
} as const;

export type DesignTokens = typeof tokens;

export function tokensAsCssVariables(): string {
  const lines: string[] = [];
  for (const [group, values] of Object.entries(tokens)) {
    if (group === 'breakpoint') continue;
    for (const [name, value] of Object.entries(values as Record<string, string>)) {
      lines.push(`--cc-${group}-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`);
    }
  }
  return `:root{${lines.join('')}}`;
}
