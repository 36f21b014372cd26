import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { PageState } from '../components/PageState';
import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n-context';
import { withStrings } from '../i18n/load-catalogues';
import { Layout } from './Layout';
import { Providers } from './providers';
import { NotFound } from './NotFound';
import { PrefetchFill } from './PrefetchFill';
import { PrefetchDashboard } from '../features/admin/dashboard/components/PrefetchDashboard';

const loadTheme = () => import('../theme/MuiThemed');
/**
 * A page built with MUI, loaded with the MUI theme around it: the theme module (and with it MUI's
 * styling engine) comes in parallel with the page's own chunk, never with the shell or the form
 * page, which are plain. Nothing but these pages needs the theme, so it is not a global provider.
 */
function themedPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() =>
    Promise.all([load(), loadTheme()]).then(([{ default: Page }, { default: MuiThemed }]) => ({
      default: () => (
        <MuiThemed>
          <Page />
        </MuiThemed>
      ),
    })),
  );
}

// Each area loads its own code and strings: the form page never carries charts, the console or its texts.
const LoginPage = themedPage(() => import('../features/auth/components/LoginPage').then((m) => ({ default: m.LoginPage })));
const HomePage = themedPage(() => import('../features/institution/components/HomePage').then((m) => ({ default: m.HomePage })));
const loadFillPage = () => import('../features/filling/components/FillPage').then((m) => ({ default: m.FillPage }));
const FillPage = lazy(loadFillPage);
/**
 * Opened straight on a form (a link, a reload), its code starts downloading before the first
 * render (main.tsx), alongside the sign-in and the form's reads, instead of after them. Called
 * after those reads have been asked for: on HTTP/1.1 a browser opens six connections to a host,
 * and the page's twenty chunks would otherwise queue the reads behind them.
 */
export function startRouteCode(path: string): void {
  if (path.startsWith('/inst/fill/')) void loadFillPage();
}
const ResultPage = themedPage(() => import('../features/result/components/ResultPage').then((m) => ({ default: m.ResultPage })));
const ExpertHome = themedPage(withStrings(['expert'], () => import('../features/expert/components/ExpertHome').then((m) => ({ default: m.ExpertHome }))));
const ChangePasswordPage = themedPage(() => import('../features/auth/components/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })));
const ComparisonPage = themedPage(withStrings(['expert'], () => import('../features/expert/components/ComparisonPage').then((m) => ({ default: m.ComparisonPage }))));
const AdminHome = themedPage(withStrings(['admin'], () => import('../features/admin/components/AdminHome').then((m) => ({ default: m.AdminHome }))));
const ChecklistRoutes = themedPage(withStrings(['admin'], () => import('../features/admin/checklists/components/ChecklistRoutes').then((m) => ({ default: m.ChecklistRoutes }))));
const DirectoryPage = themedPage(withStrings(['admin'], () => import('../features/admin/directory/components/DirectoryPage').then((m) => ({ default: m.DirectoryPage }))));
const AccountsPage = themedPage(withStrings(['admin'], () => import('../features/admin/directory/components/AccountsPage').then((m) => ({ default: m.AccountsPage }))));
const RoundsPage = themedPage(withStrings(['admin'], () => import('../features/admin/rounds/components/RoundsPage').then((m) => ({ default: m.RoundsPage }))));
const RoundForm = themedPage(withStrings(['admin'], () => import('../features/admin/rounds/components/RoundForm').then((m) => ({ default: m.RoundForm }))));
const RoundDetailPage = themedPage(withStrings(['admin'], () => import('../features/admin/rounds/components/RoundDetailPage').then((m) => ({ default: m.RoundDetailPage }))));
const DashboardPage = themedPage(withStrings(['admin'], () => import('../features/admin/dashboard/components/DashboardPage').then((m) => ({ default: m.DashboardPage }))));
const HistoryPage = themedPage(withStrings(['admin'], () => import('../features/admin/dashboard/components/HistoryPage').then((m) => ({ default: m.HistoryPage }))));
const RegionHistoryPage = themedPage(withStrings(['admin'], () => import('../features/admin/dashboard/components/RegionHistoryPage').then((m) => ({ default: m.RegionHistoryPage }))));
const AuditPage = themedPage(withStrings(['admin'], () => import('../features/admin/dashboard/components/AuditPage').then((m) => ({ default: m.AuditPage }))));
const OverseenDashboardPage = themedPage(withStrings(['admin'], () => import('../features/admin/dashboard/components/DashboardPage').then((m) => ({ default: m.OverseenDashboardPage }))));
const OverseenHistoryPage = themedPage(withStrings(['admin'], () => import('../features/admin/dashboard/components/HistoryPage').then((m) => ({ default: m.OverseenHistoryPage }))));
const OverseenRegionHistoryPage = themedPage(withStrings(['admin'], () => import('../features/admin/dashboard/components/RegionHistoryPage').then((m) => ({ default: m.OverseenRegionHistoryPage }))));

// A commission fills its own region's evaluation on the same pages as an institution its own.
const HOME: Record<string, string> = { institution: '/inst', commission: '/inst', expert: '/expert', admin: '/admin' };
/** Who evaluates itself: an institution, or a commission for its region (region checklists). */
const PARTICIPANTS: ('institution' | 'commission')[] = ['institution', 'commission'];

function RequireRole({ role, children }: { role: 'institution' | 'expert' | 'admin' | ('institution' | 'commission')[]; children: React.ReactNode }) {
  const { session, restoring, pendingChange } = useAuth();
  if (restoring) return <PageState />;
  if (pendingChange) return <Navigate to="/password" replace />;
  if (!session) return <Navigate to="/login" replace />;
  const allowed: string[] = Array.isArray(role) ? role : [role];
  if (!allowed.includes(session.user.role)) return <Navigate to={HOME[session.user.role] ?? '/login'} replace />;
  return <Suspense fallback={<PageState />}>{children}</Suspense>;
}

/** Any signed-in role: the API decides what each may see (404 otherwise). */
function RequireSession({ children }: { children: React.ReactNode }) {
  const { session, restoring, pendingChange } = useAuth();
  if (restoring) return <PageState />;
  if (pendingChange) return <Navigate to="/password" replace />;
  if (!session) return <Navigate to="/login" replace />;
  return <Suspense fallback={<PageState />}>{children}</Suspense>;
}

function RoleHome() {
  const { session, restoring, pendingChange } = useAuth();
  const { t } = useI18n();
  if (restoring) return <PageState />;
  if (pendingChange) return <Navigate to="/password" replace />;
  if (!session) return <Navigate to="/login" replace />;
  const home = HOME[session.user.role];
  // A role without pages yet (commission) stays here rather than bouncing to the login page.
  return home ? <Navigate to={home} replace /> : <p>{t('auth.noHome')}</p>;
}

/** One app for every role; each role has its own routes. `queryClient`: one made before the first render (main.tsx's early reads). */
export function App({ queryClient }: { queryClient?: QueryClient } = {}) {
  return (
    <Providers queryClient={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<Suspense fallback={<PageState />}><LoginPage /></Suspense>} />
          <Route path="/password" element={<Suspense fallback={<PageState />}><ChangePasswordPage /></Suspense>} />
          <Route element={<Layout />}>
            <Route path="/" element={<RoleHome />} />
            <Route path="/inst" element={<RequireRole role={PARTICIPANTS}><HomePage /></RequireRole>} />
            <Route path="/inst/fill/:id" element={<PrefetchFill><RequireRole role={PARTICIPANTS}><FillPage /></RequireRole></PrefetchFill>} />
            <Route path="/inst/result/:id" element={<RequireRole role={PARTICIPANTS}><ResultPage /></RequireRole>} />
            <Route path="/expert/*" element={<RequireRole role="expert"><ExpertHome /></RequireRole>} />
            <Route path="/admin/*" element={<RequireRole role="admin"><AdminHome /></RequireRole>} />
            <Route path="/rounds/:id/comparison" element={<RequireSession><ComparisonPage /></RequireSession>} />
            <Route path="/admin/checklists/*" element={<RequireRole role="admin"><ChecklistRoutes /></RequireRole>} />
            <Route path="/admin/directory" element={<RequireRole role="admin"><DirectoryPage /></RequireRole>} />
            <Route path="/admin/accounts" element={<RequireRole role="admin"><AccountsPage /></RequireRole>} />
            <Route path="/admin/rounds" element={<RequireRole role="admin"><RoundsPage /></RequireRole>} />
            <Route path="/admin/rounds/new" element={<RequireRole role="admin"><RoundForm /></RequireRole>} />
            <Route path="/admin/rounds/:id" element={<RequireRole role="admin"><RoundDetailPage /></RequireRole>} />
            <Route path="/admin/rounds/:id/dashboard" element={<PrefetchDashboard><RequireRole role="admin"><DashboardPage /></RequireRole></PrefetchDashboard>} />
            <Route path="/oversee/rounds/:id/dashboard" element={<PrefetchDashboard><RequireRole role={['commission']}><OverseenDashboardPage /></RequireRole></PrefetchDashboard>} />
            <Route path="/oversee/institutions/:id/history" element={<RequireRole role={['commission']}><OverseenHistoryPage /></RequireRole>} />
            <Route path="/oversee/regions/:id/history" element={<RequireRole role={['commission']}><OverseenRegionHistoryPage /></RequireRole>} />
            <Route path="/admin/institutions/:id/history" element={<RequireRole role="admin"><HistoryPage /></RequireRole>} />
            <Route path="/admin/submissions/:id" element={<RequireRole role="admin"><AuditPage /></RequireRole>} />
            <Route path="/admin/regions/:id/history" element={<RequireRole role="admin"><RegionHistoryPage /></RequireRole>} />
            <Route path="/admin/result/:id" element={<RequireRole role="admin"><ResultPage /></RequireRole>} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </Providers>
  );
}
