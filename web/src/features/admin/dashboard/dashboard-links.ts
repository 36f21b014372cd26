/**
 * Where the dashboard's names and actions lead, by who reads it. An administrator opens results,
 * audit trails and histories in the console; a commission (read-only, its region's institutions)
 * opens results on the pages its role has, and nothing the API keeps for administrators, so the
 * page never offers a link that would end in a refusal.
 */
export interface DashboardLinks {
  /** A scored submission's result. */
  result(submissionId: string): string;
  /** An institution across rounds; absent: not offered. */
  institutionHistory?(institutionId: string): string;
  /** A region across rounds; absent: not offered. */
  regionHistory?(regionId: string): string;
  /** A submission's audit trail; absent: not offered. */
  audit?(submissionId: string): string;
}

const at = (prefix: string) => (id: string) => `${prefix}${encodeURIComponent(id)}`;

/** The administrator's console. */
export const ADMIN_LINKS: DashboardLinks = {
  result: at('/admin/result/'),
  institutionHistory: (id) => `/admin/institutions/${encodeURIComponent(id)}/history`,
  regionHistory: (id) => `/admin/regions/${encodeURIComponent(id)}/history`,
  audit: at('/admin/submissions/'),
};

/** A commission overseeing the round: results only (histories and audit trails are the administrator's). */
export const OVERSEER_LINKS: DashboardLinks = {
  result: at('/inst/result/'),
};
