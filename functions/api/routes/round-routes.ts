import type { Hono } from 'hono';
import { ValidationError } from '../../domain/errors.js';
import type { AppEnv } from '../app-env.js';
import { adminOnly } from '../auth-middleware.js';
import { readBody } from '../read-body.js';
import { RoundBody, RoundRescoreBody, RoundUpdateBody } from '../schemas.js';
import type { Services } from '../services.js';

/** `/api/rounds` and their results and exports; a commission's overview of the rounds it oversees. */
export function roundRoutes(app: Hono<AppEnv>, s: Services): void {
  app.get('/api/rounds', async (c) => c.json({ items: await s.rounds.list(c.get('principal')) }));
  app.get('/api/rounds/:id', async (c) => c.json(await s.rounds.get(c.get('principal'), c.req.param('id'))));
  app.post('/api/rounds', adminOnly, async (c) => c.json(await s.rounds.create(c.get('principal'), await readBody(c, RoundBody)), 201));
  app.put('/api/rounds/:id', adminOnly, async (c) => {
    const { version, ...input } = await readBody(c, RoundUpdateBody);
    return c.json(await s.rounds.update(c.get('principal'), c.req.param('id'), version, input));
  });

  app.post('/api/rounds/:id/rescore', adminOnly, async (c) => {
    const { checklistVersion } = await readBody(c, RoundRescoreBody);
    return c.json(await s.workflow.rescoreRound(c.get('principal'), c.req.param('id'), checklistVersion), 202);
  });

  app.get('/api/rounds/:id/comparison', async (c) => c.json(await s.comparison.forRound(c.get('principal'), c.req.param('id'))));

  app.get('/api/oversee/rounds', async (c) => c.json({ items: await s.results.overseen(c.get('principal')) }));

  app.get('/api/rounds/:id/results', async (c) => c.json(await s.results.forRound(c.get('principal'), c.req.param('id'))));

  app.get('/api/rounds/:id/results/export', async (c) => {
    const format = c.req.query('format') ?? 'xlsx';
    if (format !== 'csv' && format !== 'xlsx') {
      throw new ValidationError('format must be csv or xlsx', [{ path: '/format', code: 'picklist', message: 'csv or xlsx' }], 'invalid-parameter');
    }
    const lang = c.req.query('lang') ?? 'zh';
    if (lang !== 'zh' && lang !== 'en') {
      throw new ValidationError('lang must be zh or en', [{ path: '/lang', code: 'picklist', message: 'zh or en' }], 'invalid-parameter');
    }
    const results = await s.results.forExport(c.get('principal'), c.req.param('id'));
    const name = `round-${results.round.id}-results`;
    if (format === 'csv') {
      // Loaded on first export too: the tables it builds are no part of a cold start (8 KB).
      const { resultsToCsv } = await import('../export/results-csv.js');
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${name}.csv"`);
      return c.body(resultsToCsv(results, lang));
    }
    c.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('content-disposition', `attachment; filename="${name}.xlsx"`);
    // Loaded on first export only: exceljs is most of the API's code, and every cold start would pay for it.
    const { resultsToXlsx } = await import('../export/results-xlsx.js');
    return c.body(await resultsToXlsx(results, lang));
  });
}
