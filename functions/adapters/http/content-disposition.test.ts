import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.js';

describe('attachmentDisposition', () => {
  it('keeps a Chinese name in filename* and gives an ASCII fallback', () => {
    expect(attachmentDisposition('胸痛中心认证.pdf')).toBe(`attachment; filename="_.pdf"; filename*=UTF-8''%E8%83%B8%E7%97%9B%E4%B8%AD%E5%BF%83%E8%AE%A4%E8%AF%81.pdf`);
  });

  it('cannot be broken out of by quotes, separators or line breaks in the name', () => {
    const header = attachmentDisposition('a"b\\c;\r\nX-Evil: 1\'*().pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="a_b_c;_X-Evil: 1'*().pdf"; filename*=UTF-8''a%22b%5Cc%3B%0D%0AX-Evil%3A%201%27%2A%28%29.pdf`);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('a"b\\c;\r\nX-Evil: 1\'*().pdf');
  });
});
