import tseslint from 'typescript-eslint';

/**
 * What the plain-TypeScript layers (checklist format, scoring engine, domain) must not import:
 * the same engine runs in Lambda, the API and the browser, and the domain reaches storage and
 * transport only through its ports. Checked by test/eslint-boundaries.test.ts.
 */
const PLAIN_LAYER_IMPORTS = {
  patterns: [
    { group: ['@aws-sdk/*', '@smithy/*', '@aws-lambda-powertools/*', 'aws-lambda', 'aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'dynalite'], message: 'AWS belongs in functions/adapters, functions/handlers or infra: the domain names a port instead.' },
    { group: ['hono', 'hono/*', '@hono/*', 'node:http', 'node:https', 'node:http2', 'http', 'https', 'http2'], message: 'HTTP belongs in functions/api: the domain returns data and throws domain errors.' },
    { group: ['@middy/*'], message: 'Lambda middleware belongs in functions/handlers.' },
    { group: ['**/adapters/**', '**/api/**', '**/handlers/**', '**/local/**'], message: 'The domain depends on ports, never on the code that implements or serves them.' },
  ],
};

/** Unit tests of the domain may wire its in-memory adapters (STYLE: in-memory adapters for tests), nothing else. */
const PLAIN_LAYER_TEST_IMPORTS = {
  patterns: [
    ...PLAIN_LAYER_IMPORTS.patterns.slice(0, -1),
    { regex: '^(?!.*/adapters/(local/in-memory-|engine/)).*/(adapters|api|handlers|local)/', message: 'Domain tests may use the in-memory adapters and the engine adapter only.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', '.data/', 'dist/', 'web/dist/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['functions/checklist/**/*.ts', 'functions/scoring/**/*.ts', 'functions/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', PLAIN_LAYER_IMPORTS],
    },
  },
  {
    files: ['functions/checklist/**/*.test.ts', 'functions/scoring/**/*.test.ts', 'functions/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', PLAIN_LAYER_TEST_IMPORTS],
    },
  },
);
