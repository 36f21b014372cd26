import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** The import lines ESLint refuses in a file at `filePath`, by line number. */
async function refused(filePath: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
}

const snippet = [
  "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
  "import { Hono } from 'hono';",
  "import { HTTPException } from 'hono/http-exception';",
  "import middy from '@middy/core';",
  "import type { APIGatewayProxyEventV2 } from 'aws-lambda';",
  "import { createServer } from 'node:http';",
  "import { createDocumentClient } from '../../adapters/dynamodb/client.js';",
  "import * as v from 'valibot';",
  "import { ValidationError } from '../errors.js';",
  'export const used = [DynamoDBClient, Hono, HTTPException, middy, createServer, createDocumentClient, v, ValidationError];',
  'export type Used = APIGatewayProxyEventV2;',
].join('\n');

describe('lint: the checklist format, scoring engine and domain stay free of AWS, HTTP and Lambda', () => {
  it.each(['functions/domain/services/new-service.ts', 'functions/scoring/kinds/new-kind.ts', 'functions/checklist/new-check.ts'])(
    'refuses AWS, HTTP, Lambda and adapter imports in %s, and allows plain libraries and its own modules',
    async (filePath) => {
      expect(await refused(filePath, snippet)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    },
  );

  it('leaves adapters, the API and handlers free to import them', async () => {
    for (const filePath of ['functions/adapters/dynamodb/new-adapter.ts', 'functions/api/routes/new-routes.ts', 'functions/handlers/new-handler.ts']) {
      expect(await refused(filePath, snippet), filePath).toEqual([]);
    }
  });
});
