import { enAdmin } from './catalogues/en-admin';
import { enBase } from './catalogues/en-base';
import { enExpert } from './catalogues/en-expert';
import { zhAdmin } from './catalogues/zh-admin';
import { zhBase } from './catalogues/zh-base';
import { zhExpert } from './catalogues/zh-expert';

/*
 * Every UI string, Chinese first, split by area in `catalogues/` so the form page ships only its
 * own Chinese: the expert's and the admin's strings, and all English, load when a page or the
 * language switch needs them (`load-catalogues.ts`). A new key goes in the catalogue of the area
 * whose pages use it, in both languages (the types keep each pair in step). This module merges
 * them for the key type and for tests; the app itself never imports its values.
 */

/** Every Chinese UI string. */
export const zh = { ...zhBase, ...zhExpert, ...zhAdmin };

/** Any UI string's key. */
export type MessageKey = keyof typeof zh;

/** Every English UI string, the same keys as the Chinese. */
export const en: Record<MessageKey, string> = { ...enBase, ...enExpert, ...enAdmin };
