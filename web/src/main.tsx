import '@mantine/core/styles.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api/client';
import { App } from './App';
import { I18nProvider, useI18n } from './i18n/i18n';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A missing or forbidden record will not appear by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

// Darker primary shades than the default blue keep text on buttons above the WCAG AA contrast ratio.
const baseTheme = { primaryColor: 'indigo', primaryShade: 8, fontFamily: 'system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Malgun Gothic", "NanumGothic", sans-serif' } as const;

/** The theme in the reader's language: every modal's and drawer's close button gets an accessible name. */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const close = t('common.close');
  const theme = useMemo(
    () =>
      createTheme({
        ...baseTheme,
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={contrastVariables}>
      {children}
    </MantineProvider>
  );
}

// Mantine's dimmed text (gray 6) is 3.3:1 on white, and light-variant text (shade 6) is too pale on
// its tinted background: gray 7 and shade 9 text pass WCAG AA (4.5:1), also on striped and hovered rows.
// Darker than each palette's shade 9 where that is still below 4.5:1 on the tinted background.
const lightVariantText: Record<string, string> = { indigo: '#364fc7', orange: '#a3380b', red: '#a61e1e', grape: '#862e9c', green: '#1f6b30', teal: '#06664a', gray: '#343a40' };
const contrastVariables = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-indigo-9)',
    '--mantine-primary-color-light-hover': 'var(--mantine-color-indigo-1)',
    '--mantine-color-indigo-light-hover': 'var(--mantine-color-indigo-1)',
    ...Object.fromEntries(Object.entries(lightVariantText).map(([c, v]) => [`--mantine-color-${c}-light-color`, v])),
  },
  dark: {},
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <LocalizedMantine>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </QueryClientProvider>
        </LocalizedMantine>
      </I18nProvider>
    </StrictMode>,
  );
}
