import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../../api/client';
import { useAuthedFetch } from '../../dashboard/api/files';

/** A user as the identity API (`/api/users`) shows it. */
export interface UserView {
  username: string;
  role: 'admin' | 'expert' | 'institution' | 'commission';
  displayName: string;
  institutionId?: string;
  regionId?: string;
  status: 'active' | 'disabled';
  lastSignInAt?: string;
}

/** A created or reset user, with the one-time password shown this once. */
export interface UserWithPassword {
  user: UserView;
  oneTimePassword?: string;
}

/**
 * The accounts, or `null` when this deployment has no account service (GET /api/users is 404):
 * the page then says so instead of failing.
 */
export function useUsers() {
  const files = useAuthedFetch();
  return useQuery({
    queryKey: ['users'],
    retry: false,
    queryFn: async () => {
      try {
        return (await files.json<{ items: UserView[] }>('/api/users')).items;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Create, disable, enable, reset a password: each refreshes the list. */
export function useUserAction() {
  const files = useAuthedFetch();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (action: { kind: 'create'; body: Omit<UserView, 'status' | 'lastSignInAt'> } | { kind: 'disable' | 'enable' | 'reset-password'; username: string }) =>
      action.kind === 'create'
        ? files.json<UserWithPassword>('/api/users', 'POST', action.body)
        : files.json<UserWithPassword | UserView>(`/api/users/${encodeURIComponent(action.username)}/${action.kind}`, 'POST'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** How many experts one search shows; the picker asks the user to type more beyond it. */
export const EXPERT_PAGE = 50;

/**
 * Active experts whose name or username contains `q` (server-side, so a directory of thousands
 * stays one small page), ordered by Chinese name; `null` when this deployment has no account
 * service, so the picker falls back to typed account ids.
 */
export function useExpertSearch(q: string) {
  const files = useAuthedFetch();
  return useQuery({
    queryKey: ['users', 'experts', q],
    retry: false,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
    queryFn: async () => {
      const params = new URLSearchParams({ role: 'expert', active: 'true', limit: String(EXPERT_PAGE), ...(q ? { q } : {}) });
      try {
        return await files.json<{ items: UserView[]; total: number }>(`/api/users?${params}`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}
