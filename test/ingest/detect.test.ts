/** Encoding detection on short and unusual texts (the seeds are covered by formats.test.ts). */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/ingest/index.js';

describe('detectEncoding', () => {
  it('reads a short GBK list of rare-character names as GB18030, not as unreadable', () => {
    expect(detectEncoding(iconv.encode('联系人：龚翀、鄢嫚、闫堃、亓琮\n', 'gbk'))).toEqual({ encoding: 'gb18030', bom: 0 });
  });

  it('tells Big5 from GBK on a one-line Traditional heading', () => {
    expect(detectEncoding(iconv.encode('關於加強職業技能培訓的答覆', 'big5'))).toEqual({ encoding: 'big5', bom: 0 });
    expect(detectEncoding(iconv.encode('关于加强职业技能培训的答复', 'gbk'))).toEqual({ encoding: 'gb18030', bom: 0 });
  });

  it('calls pseudo-random bytes without zeros binary', () => {
    const b = Buffer.alloc(3000);
    for (let i = 0; i < b.length; i++) b[i] = 1 + ((i * 7919 + 13) % 255);
    expect(detectEncoding(b)).toEqual({ reason: expect.stringMatching(/binary file or unknown text encoding/) });
  });

  it('reports an incomplete last UTF-8 character as a truncated tail', () => {
    const bytes = Buffer.from('技能人才', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 2))).toEqual({ encoding: 'utf-8', bom: 0, truncatedTail: 1 });
  });
});
