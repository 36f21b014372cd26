import { ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { muiTheme } from './mui-theme';

/**
 * The MUI theme around what is built with MUI. Import it lazily from a page that is otherwise
 * plain (the form page), so MUI's styling engine loads only when such a part is shown.
 */
export default function MuiThemed({ children }: { children: ReactNode }) {
  return <ThemeProvider theme={muiTheme}>{children}</ThemeProvider>;
}
