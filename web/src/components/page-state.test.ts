import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { I18nProvider } from '../i18n/i18n-context';
import { PageState, pageErrorKey } from './PageState';

const render = (error?: unknown) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(PageState, { error })));
const renderQuery = (query: { error: unknown; fetchStatus: 'fetching' | 'paused' | 'idle' }) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(PageState, { query: { ...query, refetch: () => undefined } })));

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

  it('says it is loading, as a status', () => {
    expect(render()).toMatch(/role="status".*加载中…/);
  });

  // Why it is plain: it is the form page's loading state, shown before MUI could have loaded.
  it('renders no MUI (Emotion-styled) element', () => {
    expect(render()).not.toMatch(/Mui/);
    expect(render(new TypeError('Failed to fetch'))).not.toMatch(/Mui/);
  });
});
