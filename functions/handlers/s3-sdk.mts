/**
 * The S3 SDK as the API's evidence store uses it (`S3Sdk` in s3-evidence-store.ts), built into a
 * file of its own beside the API's `index.mjs` (`HANDLER_BUNDLE.islands`), not into the API's
 * chunks. Why: esbuild places a module by the files that reach it, and the S3 client reaches the
 * same SDK barrels as the DynamoDB client, so S3-only code (the XML protocol, checksum streams)
 * landed in the init's shared chunks, where one class extending `ReadableStream` at module scope
 * made every cold start load Node's web streams. On its own, the S3 SDK loads with the first
 * evidence request only. Third-party code only: none of ours, so no class (a domain error) exists
 * twice. The `.mts` name gives the file the `.mjs` specifier the bundle keeps as written.
 */
export { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
export { getSignedUrl } from '@aws-sdk/s3-request-presigner';
