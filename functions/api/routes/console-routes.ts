import type { Hono } from 'hono';
import { DomainError, ValidationError } from '../../domain/errors.js';
import type { AppEnv } from '../app-env.js';
import { adminOnly } from '../auth-middleware.js';
import { holdsCurrent } from '../if-none-match.js';
import type { Services } from '../services.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function langOf(value: string | undefined): 'zh' | 'en' {
  if (value === undefined || value === 'zh' || value === 'en') return value ?? 'zh';
  throw new ValidationError('lang must be zh or en', [{ path: '/lang', code: 'picklist', message: 'zh or en' }], 'invalid-parameter');
}

/** The file kind an upload's media type names: CSV as text, XLSX (or bytes of unknown type, read as XLSX). */
function sheetKind(type: string): 'csv' | 'xlsx' {
  if (/^text\/csv\b/i.test(type)) return 'csv';
  if (type.startsWith(XLSX) || /^application\/octet-stream\b/i.test(type)) return 'xlsx';
  throw new DomainError('unsupported-media-type', `Send the file as ${XLSX} or text/csv`);
}

/**
 * The administrator's console: importing institutions, a round's progress and dashboard (and its
 * export), one institution's or region's history. The sheet code (exceljs) loads on first use only.
 */
export function consoleRoutes(app: Hono<AppEnv>, s: Services): void {
  app.get('/api/institutions/import/template', adminOnly, async (c) => {
    const [{ institutionTemplate }, { institutionContextColumns }] = await Promise.all([import('../import/institution-template.js'), import('../../domain/services/import/context-columns.js')]);
    const [regions, checklists] = await Promise.all([s.directory.listRegions(c.get('principal')), s.checklists.contextFields()]);
    const institutionChecklists = checklists.filter((k) => k.subject === 'institution').length;
    c.header('content-type', XLSX);
    c.header('content-disposition', 'attachment; filename="institutions-template.xlsx"');
    return c.body(await institutionTemplate(regions, institutionContextColumns(checklists), institutionChecklists));
  });

  app.post('/api/institutions/import', adminOnly, async (c) => {
    const kind = sheetKind(c.req.header('content-type') ?? '');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const [{ readInstitutionSheet }, { checkSheetShape }] = await Promise.all([import('../import/institution-sheet.js'), import('../import/institution-row-shape.js')]);
    const { columns, rows } = await readInstitutionSheet(bytes, kind);
    return c.json(await s.imports.importInstitutions(c.get('principal'), checkSheetShape(rows, columns)));
  });

  // Admins, and commissions within their scope (the service answers 404 outside it).
  app.get('/api/institutions/:id/history', async (c) => c.json(await s.dashboards.history(c.get('principal'), c.req.param('id'))));
  app.get('/api/regions/:id/history', async (c) => c.json(await s.dashboards.regionHistory(c.get('principal'), c.req.param('id'))));

  app.get('/api/rounds/:id/progress', async (c) => c.json(await s.dashboards.progress(c.get('principal'), c.req.param('id'))));
  // The page's payload is the compact one (columns, texts once); the export below keeps every text.
  // A weak ETag from what the reply is built from: a client that holds it gets a 304, and the
  // dashboard is then neither built nor sent. The default `no-store` stays: scores are kept by the
  // page, not by a browser cache, so the page sends If-None-Match itself.
  app.get('/api/rounds/:id/dashboard', async (c) => {
    const { tag, build } = await s.dashboards.taggedDashboard(c.get('principal'), c.req.param('id'));
    const etag = `W/"${tag}"`;
    c.header('etag', etag);
    if (holdsCurrent(c.req.header('if-none-match'), etag)) return c.body(null, 304);
    return c.json(build());
  });

  app.get('/api/rounds/:id/dashboard/export', async (c) => {
    const lang = langOf(c.req.query('lang'));
    const filter = { regionId: c.req.query('regionId') || undefined, institutionType: c.req.query('institutionType') || undefined };
    const p = c.get('principal');
    const [dashboard, full, checklists] = await Promise.all([s.dashboards.dashboard(p, c.req.param('id')), s.results.forExport(p, c.req.param('id')), s.checklists.contextFields()]);
    const [{ dashboardTables }, { tablesToXlsx }, { institutionTypeLabels }] = await Promise.all([import('../export/dashboard-tables.js'), import('../export/tables-xlsx.js'), import('../export/institution-type-labels.js')]);
    const types = institutionTypeLabels(checklists, dashboard.round.checklistId);
    c.header('content-type', XLSX);
    c.header('content-disposition', `attachment; filename="round-${dashboard.round.id}-dashboard.xlsx"`);
    return c.body(await tablesToXlsx(dashboardTables(dashboard, full, filter, lang, types)));
  });
}
