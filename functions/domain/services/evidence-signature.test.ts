import { describe, expect, it } from 'vitest';
import { contentMatches } from './evidence-signature.js';
import { EVIDENCE_TYPES } from './evidence-rules.js';

const b = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => new TextEncoder().encode(s);
const PNG = b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = b(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const ZIP = b(0x50, 0x4b, 0x03, 0x04, 20, 0);
const OLE2 = b(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const PDF = text('%PDF-1.7\n');

describe('evidence content', () => {
  it('knows the content of every accepted type', () => {
    const samples: Record<string, Uint8Array> = { pdf: PDF, jpg: JPEG, jpeg: JPEG, png: PNG, doc: OLE2, xls: OLE2, docx: ZIP, xlsx: ZIP, txt: text('床位 30 张') };
    for (const ext of Object.keys(EVIDENCE_TYPES)) expect([ext, contentMatches(ext, samples[ext]!)]).toEqual([ext, true]);
  });

  it('refuses a photo named .pdf, a PDF named .png, a program named .jpg, a binary named .txt', () => {
    expect(contentMatches('pdf', JPEG)).toBe(false);
    expect(contentMatches('png', PDF)).toBe(false);
    expect(contentMatches('jpg', text('MZ\x90\x00'))).toBe(false);
    expect(contentMatches('docx', OLE2)).toBe(false);
    expect(contentMatches('txt', PNG)).toBe(false);
    expect(contentMatches('pdf', new Uint8Array(0))).toBe(false);
    expect(contentMatches('exe', text('MZ'))).toBe(false);
  });

  it('finds a PDF header after leading bytes, as PDF readers do, but not past the first 1,024', () => {
    expect(contentMatches('pdf', text(`\r\n${' '.repeat(100)}%PDF-1.4`))).toBe(true);
    expect(contentMatches('pdf', text(`${' '.repeat(1100)}%PDF-1.4`))).toBe(false);
  });
});
