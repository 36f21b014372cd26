/** Recorded with every result so a score can be traced to the engine that produced it. Bump on any scoring change. */
export const ENGINE_VERSION = '1.0.0';
