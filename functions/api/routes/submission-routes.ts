import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { adminOnly } from '../auth-middleware.js';
import { jsonReply } from '../json-reply.js';
import { minimalReply, prefersMinimal } from '../prefer-minimal.js';
import { readBody } from '../read-body.js';
import { CreateSubmissionBody, RescoreBody, ReturnBody, SaveSubmissionBody, UploadBody, VersionBody } from '../schemas.js';
import type { Services } from '../services.js';

/** `/api/submissions`: drafts, saving, the workflow, results and evidence files. */
export function submissionRoutes(app: Hono<AppEnv>, s: Services): void {
  app.get('/api/submissions', async (c) => {
    const items = await s.submissions.list(c.get('principal'), { roundId: c.req.query('roundId'), institutionId: c.req.query('institutionId'), regionId: c.req.query('regionId') });
    return c.json({ items });
  });
  app.post('/api/submissions', async (c) => jsonReply(c, await s.submissions.create(c.get('principal'), await readBody(c, CreateSubmissionBody)), 201));
  app.get('/api/submissions/:id', async (c) => c.json(await s.submissions.get(c.get('principal'), c.req.param('id'))));
  // The stored JSON as the answer (json-reply.ts): the submission is serialised once, for the write.
  // `Prefer: return=minimal` (what the web app's outbox sends): only the new version (prefer-minimal.ts).
  app.put('/api/submissions/:id', async (c) => {
    const saved = await s.submissions.save(c.get('principal'), c.req.param('id'), await readBody(c, SaveSubmissionBody));
    return prefersMinimal(c) ? minimalReply(c, saved) : jsonReply(c, saved);
  });

  app.post('/api/submissions/:id/submit', async (c) => {
    const { version } = await readBody(c, VersionBody);
    return jsonReply(c, await s.workflow.submit(c.get('principal'), c.req.param('id'), version), 202);
  });
  app.post('/api/submissions/:id/return', async (c) => jsonReply(c, await s.workflow.returnToAuthor(c.get('principal'), c.req.param('id'), await readBody(c, ReturnBody))));
  app.post('/api/submissions/:id/rescore', adminOnly, async (c) => c.json(await s.workflow.rescore(c.get('principal'), c.req.param('id'), await readBody(c, RescoreBody)), 202));
  app.get('/api/submissions/:id/result', async (c) => c.json(await s.workflow.result(c.get('principal'), c.req.param('id'))));

  app.post('/api/submissions/:id/evidence', async (c) => c.json(await s.evidence.requestUpload(c.get('principal'), c.req.param('id'), await readBody(c, UploadBody)), 201));
  app.get('/api/submissions/:id/evidence/:criterionId/:index', async (c) => {
    const { id, criterionId, index } = c.req.param();
    return c.json(await s.evidence.requestDownload(c.get('principal'), id, criterionId, index));
  });
  // The self-evaluation's files an on-site evaluation started from count as its evidence: opened through it, never written.
  app.get('/api/submissions/:id/inherited-evidence/:criterionId/:index', async (c) => {
    const { id, criterionId, index } = c.req.param();
    return c.json(await s.evidence.requestDownload(c.get('principal'), id, criterionId, index, 'inherited'));
  });
}
