import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { AuthContextProvider } from '../auth/auth-context';
import type { AuthProvider } from '../auth/auth-provider';
import { I18nProvider } from '../i18n/i18n-context';
import { PageState, pageErrorKey } from './PageState';

const render = (error?: unknown) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(PageState, { error })));
const renderQuery = (query: { error: unknown; fetchStatus: 'fetching' | 'paused' | 'idle' }) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(PageState, { query: { ...query, refetch: () => undefined } })));

/** Rendered inside a signed-in session (a provider whose kept session is restored at once). */
const signedIn = (child: ReactNode) => {
  const provider: AuthProvider = {
    kind: 'password',
    restore: () => ({ token: 't', expiresAt: Date.now() + 900_000, user: { sub: 'inst1', username: 'inst1', role: 'institution' } }),
    refresh: async () => null,
    signIn: async () => Promise.reject(new Error('unused')),
    changePassword: async () => Promise.reject(new Error('unused')),
    signOut: async () => undefined,
  };
  const auth = createElement(AuthContextProvider, { provider, children: child });
  return renderToStaticMarkup(createElement(QueryClientProvider, { client: new QueryClient() }, createElement(I18nProvider, null, auth)));
};
const renderSignedIn = (error: unknown) => signedIn(createElement(PageState, { error, onRetry: () => undefined }));

describe('pageErrorKey', () => {
  it('says what a refusal means by its status, and a failed fetch is the network', () => {
    expect(pageErrorKey(new ApiError(404, 'not-found', 'Round x not found'))).toBe('pageError.404');
    expect(pageErrorKey(new ApiError(403, 'forbidden', 'no'))).toBe('pageError.403');
    expect(pageErrorKey(new ApiError(422, 'x', 'y'))).toBe('pageError.4xx');
    expect(pageErrorKey(new ApiError(503, 'queue-unavailable', 'y'))).toBe('pageError.5xx');
    expect(pageErrorKey(new TypeError('Failed to fetch'), true)).toBe('pageError.network');
  });

  it('a failed fetch while the device is offline says so, not "check the network"; a refusal stays a refusal', () => {
    expect(pageErrorKey(new TypeError('Failed to fetch'), false)).toBe('pageError.offline');
    expect(pageErrorKey(new ApiError(404, 'not-found', 'x'), false)).toBe('pageError.404');
  });
});

describe('PageState', () => {
  it('announces an error as an alert in the reader\'s words, the server\'s code and words after it', () => {
    const html = render(new ApiError(404, 'not-found', 'Round x not found'));
    expect(html).toMatch(/^<div role="alert"/);
    expect(html).toContain('链接可能有误');
    expect(html).toContain('错误代码：not-found');
    // The server's own sentence is English: a Chinese page does not show it.
    expect(html).not.toContain('Round x not found');
  });

  it('a 404 or 403 says so without a retry, which cannot help; network and server faults keep it', () => {
    const withRetry = (error: unknown) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(PageState, { error, onRetry: () => undefined })));
    const notFound = withRetry(new ApiError(404, 'not-found', 'Round x not found'));
    expect(notFound).toContain('找不到要查看的内容');
    expect(notFound).not.toContain('重试');
    const forbidden = withRetry(new ApiError(403, 'forbidden', 'no'));
    expect(forbidden).toContain('没有权限');
    expect(forbidden).not.toContain('重试');
    expect(withRetry(new ApiError(503, 'busy', 'x'))).toMatch(/<button[^>]*>重试<\/button>/);
    expect(withRetry(new ApiError(500, 'internal', 'x'))).toMatch(/<button[^>]*>重试<\/button>/);
    expect(withRetry(new TypeError('Failed to fetch'))).toMatch(/<button[^>]*>重试<\/button>/);
  });

  it('a read waiting for the network (offline, nothing kept) says so with a retry, not a spinner', () => {
    const html = renderQuery({ error: null, fetchStatus: 'paused' });
    expect(html).toMatch(/^<div role="alert"/);
    expect(html).toContain('离线，无法加载；联网后自动重试');
    expect(html).toMatch(/<button[^>]*>重试<\/button>/);
    expect(html).not.toContain('加载中');
  });

  it('a read that failed offers to ask again; one still loading is a spinner only', () => {
    expect(renderQuery({ error: new ApiError(503, 'busy', 'x'), fetchStatus: 'idle' })).toMatch(/<button[^>]*>重试<\/button>/);
    const loading = renderQuery({ error: null, fetchStatus: 'fetching' });
    expect(loading).toMatch(/role="status".*加载中…/);
    expect(loading).not.toContain('button');
  });

  it('a disabled account is told so in Chinese and offered sign-out, not a retry that cannot help', () => {
    const html = renderSignedIn(new ApiError(403, 'account-disabled', 'This account is disabled; ask an administrator'));
    expect(html).toContain('你的账号已被管理员停用');
    expect(html).toMatch(/<button[^>]*>退出<\/button>/);
    expect(html).not.toContain('重试');
    expect(html).not.toContain('ask an administrator');
  });

  it('a one-time password to change, a lost sign-in or a missing right offer no retry either', () => {
    expect(renderSignedIn(new ApiError(403, 'password-change-required', 'x'))).toMatch(/请先修改一次性密码.*<button[^>]*>退出<\/button>/);
    expect(renderSignedIn(new ApiError(401, 'unauthorized', 'x'))).toMatch(/登录已过期.*<button[^>]*>重新登录<\/button>/);
    expect(renderSignedIn(new ApiError(403, 'forbidden', 'x'))).not.toContain('重试');
    // A refusal that asking again may fix keeps its retry.
    expect(renderSignedIn(new ApiError(503, 'busy', 'x'))).toMatch(/<button[^>]*>重试<\/button>/);
  });

  it('says it is loading, as a status', () => {
    expect(render()).toMatch(/role="status".*加载中…/);
  });

  // Why it is plain: it is the form page's loading state, shown before MUI could have loaded.
  it('renders no MUI (Emotion-styled) element', () => {
    expect(render()).not.toMatch(/Mui/);
    expect(render(new TypeError('Failed to fetch'))).not.toMatch(/Mui/);
  });

  // Seen on a 390 px phone: beside a two-line 404 message the button shrank and 重试 stood as 重 over 试.
  it('keeps its retry on one line beside a long message, however narrow the screen', () => {
    const css = readFileSync(new URL('./page-state.css', import.meta.url), 'utf8');
    const action = /\n\.page-alert-action \{([^}]*)\}/.exec(css)![1]!;
    expect(action).toMatch(/flex-shrink:\s*0;/);
    expect(action).toMatch(/white-space:\s*nowrap;/);
  });
});
