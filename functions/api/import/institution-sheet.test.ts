import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnKey, readInstitutionSheet } from './institution-sheet.js';
import { readCsv } from './read-csv.js';
import { declaredUnzippedBytes } from './zip-size.js';

/** A ZIP with one stored entry whose central directory declares `size` bytes unpacked. */
function zipDeclaring(size: number): Uint8Array {
  const data = deflateRawSync(Buffer.from('x'));
  const name = Buffer.from('a.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

describe('institution sheets', () => {
  it('reads the key from a "label (key)" header, full-width brackets too', () => {
    expect(columnKey('机构编号 (id)')).toBe('id');
    expect(columnKey('服务人口（万） （population）')).toBe('population');
    expect(columnKey('regionId')).toBe('regionId');
  });

  it('reads CSV with quotes, doubled quotes, CRLF and a byte-order mark', () => {
    expect(readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"']]);
  });

  it('refuses a workbook that declares more than 32 MB unpacked before inflating it', async () => {
    expect(declaredUnzippedBytes(zipDeclaring(100))).toBe(100);
    await expect(readInstitutionSheet(zipDeclaring(64 * 1024 * 1024), 'xlsx')).rejects.toMatchObject({ details: { issues: [expect.objectContaining({ code: 'too-large' })] } });
    expect(declaredUnzippedBytes(new Uint8Array(10))).toBeNull();
  });

  it('numbers rows as Excel does and skips empty rows', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('s');
    sheet.addRow(['机构编号 (id)', '机构名称 (name)', '服务人口 (population)']);
    sheet.addRow(['a', '甲', 12]);
    sheet.addRow([]);
    sheet.addRow(['b', '乙', '']);
    const rows = await readInstitutionSheet(new Uint8Array(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(rows).toEqual([
      { row: 2, cells: { id: 'a', name: '甲', population: 12 } },
      { row: 4, cells: { id: 'b', name: '乙', population: '' } },
    ]);
  });
});
