import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Wide Open's theme. Mantine's default shades (blue.6 buttons, gray.6 "dimmed" text, red.6
 * errors) fall short of WCAG AA contrast on white, so the primary shade and the text colours
 * are darker ones.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 4 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'always',
  cursorType: 'pointer',
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.teal[9],
    // Hovered light/subtle buttons keep shade-9 text: their default shade-2 hover background
    // leaves it under 4.5:1.
    '--mantine-color-teal-light-hover': t.colors.teal[0],
    // Mantine lightens shade 9 to shade 8 on hover, under 4.5:1 behind white text: darken instead.
    '--mantine-color-teal-filled-hover': '#06664a',
    '--mantine-primary-color-filled-hover': '#06664a',
    '--mantine-color-red-light-hover': t.colors.red[0],
  },
  dark: {},
});
