import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '../api/query-client';
import { AuthContextProvider } from '../auth/auth-context';
import { builtinAuth } from '../auth/builtin-auth';
import { I18nProvider } from '../i18n/i18n-context';
import { muiTheme } from '../theme/mui-theme';

/** Everything the pages rely on, wired once: data layer (`queryClient` if one was made before), identity provider, language, theme. */
export function Providers({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <AuthContextProvider provider={builtinAuth}>
        <I18nProvider>
          <ThemeProvider theme={muiTheme}>
            <CssBaseline />
            {children}
          </ThemeProvider>
        </I18nProvider>
      </AuthContextProvider>
    </QueryClientProvider>
  );
}
