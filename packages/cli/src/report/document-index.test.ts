import { describe, expect, it } from 'vitest';
import { DocumentIndex, hashDocId } from './document-index.js';

describe('DocumentIndex', () => {
  it("gives each document's ranges in file order, joins ranges that follow each other, and gives them once", () => {
    const index = new DocumentIndex();
    index.addRange('bao-cao-2023.txt', 0, 100);
    index.addRange('bao-cao-2023.txt', 101, 180); // the next line of the same document: one range
    index.addRange('nghi-quyet.txt', 181, 250);
    index.addRange('bao-cao-2023.txt', 251, 300);
    expect(index.take('bao-cao-2023.txt')).toEqual([0, 180, 251, 300]);
    expect(index.take('bao-cao-2023.txt')).toBeUndefined();
    expect(index.take('khong-co.txt')).toBeUndefined();
    expect([...index.takeRest()]).toEqual([[181, 250]]);
    expect([...index.takeRest()]).toEqual([]);
  });

  it('tells docIds apart when their hashes are the same, and keeps them in the order of their first line', () => {
    const index = new DocumentIndex(() => 7);
    const ids = ['Đảng bộ xã Tân Phú.txt', 'dang-bo-xa-tan-phu.txt', 'Đảng bộ xã Tân Phú.txt#1', 'a', 'ab'];
    for (const [i, id] of ids.entries()) index.addRange(id, i * 10, i * 10 + 5);
    expect(index.documents).toBe(5);
    expect(index.take('Đảng bộ xã Tân Phú.txt#1')).toEqual([20, 25]);
    expect(index.take('a')).toEqual([30, 35]);
    expect(index.take('Đảng bộ xã Tân Phú')).toBeUndefined();
    expect([...index.takeRest()]).toEqual([
      [0, 5],
      [10, 15],
      [40, 45],
    ]);
  });

  it('finds every one of many documents after its table and buffers have grown', () => {
    const index = new DocumentIndex();
    const count = 5000;
    for (let i = 0; i < count; i++) index.addRange(`Huyện ủy ${i}.txt`, i * 2, i * 2 + 1);
    for (let i = 0; i < count; i += 7) index.addRange(`Huyện ủy ${i}.txt`, 20000 + i, 20000 + i + 1);
    expect(index.documents).toBe(count);
    expect(index.take('Huyện ủy 4991.txt')).toEqual([9982, 9983, 24991, 24992]);
    expect(index.take('Huyện ủy 4992.txt')).toEqual([9984, 9985]);
    expect([...index.takeRest()]).toHaveLength(count - 2);
  });

  it('hashes with FNV-1a over UTF-16 code units', () => {
    expect(hashDocId('')).toBe(0x811c9dc5);
    expect(hashDocId('a')).toBe(0xe40c292c);
    expect(hashDocId('Đảng')).not.toBe(hashDocId('Dang'));
  });
});
