import { describe, expect, it } from 'vitest';
import { parseSize } from '../util/parse-size.js';
import { hashFnv1a, isInShard, parseShard } from '../util/shard.js';
import { compileGlob, compileGlobFolders, splitGlob } from './glob.js';
import { extractHtmlText } from './html.js';
import { parseJsonlLine } from './jsonl.js';

describe('globs', () => {
  it.each([
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', '2019/lamdong/a.txt', true],
    ['*.txt', '2019/a.txt', false],
    ['2019/*.htm?', '2019/a.html', true],
    ['[ab]*.md', 'b1.md', true],
    ['[!ab]*.md', 'b1.md', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).test(path)).toBe(expected);
  });

  it.each([
    ['**/*.txt', 'a/b/c', true],
    ['*.txt', 'a', false],
    ['2019/*.txt', '2019', true],
    ['2019/*.txt', '2020', false],
    ['2019/*.txt', '2019/x', false],
    ['20[12]?/**', '2019/x/y', true],
    ['20[12]?/**', '2030', false],
    ['*/lamdong/*.htm?', 'x/lamdong', true],
    ['*/lamdong/*.htm?', 'x/hanoi', false],
  ])('%s can match inside the folder %s: %s', (pattern, folder, expected) => {
    expect(compileGlobFolders(pattern)(folder)).toBe(expected);
  });

  it('splits a glob into the folder to walk and the pattern', () => {
    expect(splitGlob('corpus/**/*.txt')).toEqual({ base: 'corpus', pattern: '**/*.txt' });
    expect(splitGlob('*.txt')).toEqual({ base: '.', pattern: '*.txt' });
  });
});

describe('sizes and shards', () => {
  it.each([
    ['50MB', 50 * 1024 * 1024],
    ['200k', 200 * 1024],
    ['1.5g', 1.5 * 1024 ** 3],
    ['1024', 1024],
  ])('parses %s', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it('rejects a bad size or shard', () => {
    expect(() => parseSize('lots')).toThrow(/invalid size/);
    expect(() => parseShard('2/2')).toThrow(/invalid --shard/);
  });

  it('puts every docId in exactly one shard, stably', () => {
    expect(hashFnv1a('a')).toBe(0xe40c292c);
    const ids = Array.from({ length: 200 }, (_, i) => `doc-${i}.txt`);
    const shards = [0, 1, 2].map((index) => ids.filter((id) => isInShard(id, { index, count: 3 })));
    expect(shards.flat().sort()).toEqual([...ids].sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(40);
  });
});

describe('extractHtmlText', () => {
  it('keeps the article paragraphs and drops menus, scripts and footers', () => {
    const html = `<html><head><title>Trang - Tin</title><script>var a = 1;</script></head><body>
      <div class="main-menu"><a>Trang chủ</a></div><nav>Thời sự</nav>
      <article><h1>Kết nạp đảng viên</h1><p>Sáng 2-8, kết nạp&nbsp;15 đảng viên.</p><p>Dòng 1<br>Dòng 2</p>
      <div class="share">Chia sẻ</div></article><footer>Bản quyền</footer></body></html>`;
    expect(extractHtmlText(html)).toBe('Kết nạp đảng viên\n\nSáng 2-8, kết nạp 15 đảng viên.\n\nDòng 1\nDòng 2');
  });

  it('falls back to the body and puts the page title first when there is no h1', () => {
    expect(extractHtmlText('<title>Tin 1</title><body><p>Một.</p><script>x()</script><p>Hai.</p></body>')).toBe(
      'Tin 1\n\nMột.\n\nHai.',
    );
  });
});

describe('parseJsonlLine', () => {
  it('reads id, text and publishedAt, and names bad lines', () => {
    expect(parseJsonlLine('{"id": 7, "text": "x", "publishedAt": "2024-01-02"}', 1, 'f#1')).toEqual({
      kind: 'text',
      lineNo: 1,
      docId: '7',
      text: 'x',
      publishedAt: '2024-01-02',
    });
    expect(parseJsonlLine('{"id": "a"}', 2, 'f#2')).toMatchObject({ kind: 'error', docId: 'a', code: 'missing-text' });
    expect(parseJsonlLine('[1]', 3, 'f#3')).toMatchObject({ kind: 'error', docId: 'f#3', code: 'invalid-json' });
    expect(parseJsonlLine('   ', 4, 'f#4')).toBeUndefined();
  });
});
