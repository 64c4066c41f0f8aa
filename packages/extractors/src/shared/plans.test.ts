import { describe, expect, it } from 'vitest';
import { isPlanned } from './plans.js';

const at = (s: string, word: string) => s.indexOf(word);
const sentenceOf = (text: string) => ({ index: 0, start: 0, end: text.length, text, skip: null });

describe('isPlanned', () => {
  it.each([
    ['Mục tiêu năm 2005 của Đảng bộ là kết nạp 14 đảng viên', 'kết nạp', true],
    ['Đảng bộ phấn đấu trong nhiệm kỳ mới phát triển 20 đảng viên; 80% chi bộ đạt trong sạch vững mạnh', '80%', true],
    ['Trong năm tới, Đảng ủy sẽ kết nạp 30 đảng viên', 'kết nạp', true],
    ['Chỉ tiêu đề ra là kết nạp 50 đảng viên', 'kết nạp', true],
    [
      'Năm 2019, Đảng uỷ Khối kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm); xét chuyển đảng chính thức cho 132 đồng chí',
      'xét chuyển',
      false,
    ],
    ['Đã kết nạp 209/150 đảng viên, đạt 139,33% so nghị quyết', 'kết nạp', false],
    ['Hoàn thành các chỉ tiêu đề ra; toàn khối kết nạp được 99 đảng viên mới', 'kết nạp', false],
    // "Cần" in a place's name is not "need"; the verb still is, also at the head of a sentence.
    ['Toàn thành phố Cần Thơ kết nạp được 120 đảng viên', 'kết nạp', false],
    ['Đảng bộ huyện Cần Giuộc đã kết nạp 64 đảng viên', 'kết nạp', false],
    ['Cần kết nạp thêm 15 đảng viên trong quý', 'kết nạp', true],
    ['Các chi bộ cần kết nạp 20 đảng viên', 'kết nạp', true],
  ])('%s', (sentence, word, planned) => {
    expect(isPlanned(sentenceOf(sentence), at(sentence, word))).toBe(planned);
  });
});
