/**
 * jose's token check alone, imported with the first token to verify. A dynamic `import('jose')`
 * keeps the whole library (a bundler cannot tell which exports a namespace import uses: JWE,
 * signing, key generation, 60 KB minified), and every identity mode shared that chunk; this
 * static re-export lets the bundler keep only what verifying needs (test/bench/README.md).
 */
export { jwtVerify } from 'jose/jwt/verify';
