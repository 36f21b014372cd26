import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '../api/query-client';
import { AuthContextProvider } from '../auth/auth-context';
import { builtinAuth } from '../auth/builtin-auth';
import { I18nProvider } from '../i18n/i18n-context';

/**
 * Everything the pages rely on, wired once: data layer (`queryClient` if one was made before),
 * identity provider, language. No MUI theme here: the shell and the form page are plain (their
 * base look is `theme/base.css`), and each page built with MUI brings the theme with its own code
 * (`themedPage` in App.tsx), so a form opened by its link never waits for MUI's styling engine.
 */
export function Providers({ children, queryClient: given }: { children: ReactNode; queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <AuthContextProvider provider={builtinAuth}>
        <I18nProvider>{children}</I18nProvider>
      </AuthContextProvider>
    </QueryClientProvider>
  );
}
