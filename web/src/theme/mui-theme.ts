import { createTheme } from '@mui/material/styles';

/** The app's type face: Chinese first, then the system's own. `base.css` names the same list. */
export const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

/** MUI's theme for the pages built with it; the plain pages take the same colours from `base.css`. */
export const muiTheme = createTheme({
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
});
