import { CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { createQueryClient } from '../api/query-client';
import { AuthContextProvider } from '../auth/auth-context';
import { builtinAuth } from '../auth/builtin-auth';
import { I18nProvider } from '../i18n/i18n-context';

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

/** Everything the pages rely on, wired once: data layer (`queryClient` if one was made before), identity provider, language, theme. */
export function Providers({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const theme = useMemo(
    () =>
      createTheme({
        typography: { fontFamily: FONT },
        // Darker than MUI's defaults so chip text passes WCAG AA contrast (axe checks it).
        palette: { primary: { main: '#0b5cab' }, success: { main: '#1b7f3b' }, error: { main: '#b3261e' }, info: { main: '#01579b' }, warning: { main: '#9a4a00' } },
        components: {
          // Keyboard users always see where they are.
          MuiButtonBase: { defaultProps: { disableRipple: false }, styleOverrides: { root: { '&.Mui-focusVisible': { outline: '3px solid #f0a500', outlineOffset: 2 } } } },
          // Labels as written: MUI upper-cases buttons, which turned English into "SIGN OUT".
          MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
          // Section tabs too ("FACILITIES UPGRADE"): a checklist's section titles read as the plan writes them.
          MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
        },
      }),
    [],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <AuthContextProvider provider={builtinAuth}>
        <I18nProvider>
          <ThemeProvider theme={theme}>
            <CssBaseline />
            {children}
          </ThemeProvider>
        </I18nProvider>
      </AuthContextProvider>
    </QueryClientProvider>
  );
}
