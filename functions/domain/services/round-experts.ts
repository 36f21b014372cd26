import type { Issue } from '../errors.js';
import type { UserDirectory } from '../ports/user-directory.js';

/**
 * A round's assigned experts, checked against the built-in directory: each an existing, enabled
 * account with the expert role, listed once. Experts the round already has are not checked again,
 * so a round whose expert was later disabled can still be updated (and closed). Without a directory
 * (Cognito, OpenID Connect) accounts live elsewhere and ids are taken as given.
 */
export async function expertIssues(accounts: Pick<UserDirectory, 'get'> | undefined, expertIds: string[], kept: readonly string[] = []): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (new Set(expertIds).size !== expertIds.length) {
    issues.push({ path: '/expertIds', code: 'duplicate', message: '同一专家被列了两次 (an expert is listed twice)' });
  }
  if (!accounts) return issues;
  const users = await Promise.all(expertIds.map((id) => (kept.includes(id) ? undefined : accounts.get(id))));
  expertIds.forEach((id, i) => {
    if (kept.includes(id)) return;
    const user = users[i];
    const path = `/expertIds/${i}`;
    if (!user) issues.push({ path, code: 'unknown-expert', message: `专家账号 ${id} 不存在 (expert account ${id} does not exist)`, params: { id } });
    else if (user.role !== 'expert') issues.push({ path, code: 'not-expert', message: `账号 ${id} 不是评估专家，而是 ${user.role} (account ${id} is not an expert but ${user.role})`, params: { id, role: user.role } });
    else if (user.status === 'disabled') issues.push({ path, code: 'disabled-expert', message: `专家账号 ${id} 已停用 (expert account ${id} is disabled)`, params: { id } });
  });
  return issues;
}
