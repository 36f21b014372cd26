/**
 * Where the dashboard's and the histories' names and actions lead, by who reads them. An
 * administrator opens results, audit trails, histories and dashboards in the console; a
 * commission (read-only, its region's institutions) opens them on its own routes, and nothing the
 * API keeps for administrators (audit trails), so a page never offers a link that ends in a refusal.
 */
export interface DashboardLinks {
  /** A scored submission's result. */
  result(submissionId: string): string;
  /** A round's dashboard. */
  dashboard(roundId: string): string;
  /** An institution across rounds. */
  institutionHistory(institutionId: string): string;
  /** A region across rounds. */
  regionHistory(regionId: string): string;
  /** A submission's audit trail; absent: not offered. */
  audit?(submissionId: string): string;
}

const path = (before: string, after = '') => (id: string) => `${before}${encodeURIComponent(id)}${after}`;

/** The administrator's console. */
export const ADMIN_LINKS: DashboardLinks = {
  result: path('/admin/result/'),
  dashboard: path('/admin/rounds/', '/dashboard'),
  institutionHistory: path('/admin/institutions/', '/history'),
  regionHistory: path('/admin/regions/', '/history'),
  audit: path('/admin/submissions/'),
};

/** A commission overseeing its region: the same views on its own routes, without audit trails (the administrator's). */
export const OVERSEER_LINKS: DashboardLinks = {
  result: path('/inst/result/'),
  dashboard: path('/oversee/rounds/', '/dashboard'),
  institutionHistory: path('/oversee/institutions/', '/history'),
  regionHistory: path('/oversee/regions/', '/history'),
};
