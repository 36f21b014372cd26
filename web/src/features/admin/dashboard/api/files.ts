import { useCallback, useMemo } from 'react';
import { ApiError } from '../../../../api/client';
import { useAuth } from '../../../../auth/auth-context';
import { runtimeConfig } from '../../../../auth/runtime-config';

async function failure(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string; details?: unknown } };
  return new ApiError(res.status, body.error?.code ?? `http-${res.status}`, body.error?.message ?? res.statusText, body.error?.details);
}

/** Saves bytes under a file name, as a download the browser offers. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Requests the typed client cannot make: files in (an import's raw body) and files out (XLSX
 * downloads), and routes another service may not have yet (accounts). Same token, same errors.
 */
export function useAuthedFetch() {
  const { session } = useAuth();
  const token = session?.token;
  const call = useCallback(
    async (path: string, init: RequestInit = {}): Promise<Response> => {
      const headers = new Headers(init.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      // To the API's origin (`/config.json`'s apiUrl), as the typed client does: deployed, the web
      // origin answers /api/… with the app's index.html, which would be saved as the XLSX.
      const res = await fetch(`${runtimeConfig().apiUrl}${path}`, { ...init, headers });
      if (!res.ok) throw await failure(res);
      return res;
    },
    [token],
  );
  return useMemo(
    () => ({
      /** JSON in and out. */
      json: async <T>(path: string, method = 'GET', body?: unknown): Promise<T> => {
        const res = await call(path, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });
        return (await res.json()) as T;
      },
      /** A file as the raw request body. */
      sendFile: async <T>(path: string, file: Blob, type: string): Promise<T> => (await (await call(path, { method: 'POST', body: file, headers: { 'content-type': type } })).json()) as T,
      /** A file the server makes, saved under `fileName`. */
      download: async (path: string, fileName: string): Promise<void> => saveBlob(await (await call(path)).blob(), fileName),
    }),
    [call],
  );
}
