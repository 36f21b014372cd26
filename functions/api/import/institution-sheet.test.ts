import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
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
    sheet.addRow(['# 示例', '不导入', 1]);
    const { rows, columns } = await readInstitutionSheet(new Uint8Array(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(columns.map((c) => c.header)).toEqual(['机构编号 (id)', '机构名称 (name)', '服务人口 (population)']);
    expect(rows).toEqual([
      { row: 2, cells: { id: 'a', name: '甲', population: 12 } },
      { row: 4, cells: { id: 'b', name: '乙', population: '' } },
    ]);
  });

  // "机构编号 (id),机构名称 (name)\r\nqx-1,清徐县人民医院\r\n" as Excel on Chinese Windows saves it (GBK), made with iconv.
  const GBK_CSV = Buffer.from('bbfab9b9b1e0bac520286964292cbbfab9b9c3fbb3c620286e616d65290d0a71782d312cc7e5d0eccfd8c8cbc3f1d2bdd4ba0d0a', 'hex');

  it('reads a CSV that Excel saved in GBK without garbling the names, and UTF-8 with or without a byte-order mark', async () => {
    expect(decodeText(GBK_CSV).encoding).toBe('gb18030');
    expect((await readInstitutionSheet(new Uint8Array(GBK_CSV), 'csv')).rows).toEqual([{ row: 2, cells: { id: 'qx-1', name: '清徐县人民医院' } }]);
    const utf8 = '机构编号 (id),机构名称 (name)\r\nqx-1,清徐县人民医院\r\n';
    for (const bytes of [Buffer.from(utf8), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)])]) {
      expect(decodeText(bytes).encoding).toBe('utf-8');
      const { rows, columns } = await readInstitutionSheet(new Uint8Array(bytes), 'csv');
      expect([columns[0]!.header, rows[0]!.cells.name]).toEqual(['机构编号 (id)', '清徐县人民医院']);
    }
  });
});
