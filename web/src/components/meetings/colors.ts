/**
 * Filled "yes" buttons (present, approve, accept): Mantine's green 9 carries white text at only
 * 4.2:1; this darker green (the app's light-variant green text, main.tsx) passes WCAG AA.
 */
export const confirmGreen = '#1f6b30';
