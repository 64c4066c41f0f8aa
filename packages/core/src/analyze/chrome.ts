import type { SkipReason } from './types.js';

// Site chrome that is never report content: "Thống kê truy cập", "Đang online: 22", "Hôm nay: 201",
// "Trong tuần: 5 452", "Tất cả: 721569", "anh tin bai", "Tin liên quan", "VĂN BẢN MỚI", "Chia sẻ", "In bài".
const CHROME_LINE =
  /^(?:[•·\-*]\s*)?(?:thống kê truy cập|đang online|đang truy cập|hôm nay|hôm qua|trong tuần|trong tháng|tất cả|tổng truy cập|lượt truy cập|anh tin bai|ảnh tin bài|tin liên quan|tin cùng chuyên mục|tin khác|các tin khác|văn bản mới|chia sẻ|in bài|gửi email|bình luận|xem thêm|đọc thêm|trở về|về đầu trang|bản quyền|©)\b[\s:\d.,]*$/iu;

// Navigation and tag lines: "Trang chủ > Xây dựng Đảng", "Trang chủ | Tin tức", "Từ khóa: kết nạp đảng viên",
// "Tags: Đảng bộ, đại hội", "In bài viết", "Gửi bài viết cho bạn bè", "Lượt xem: 1.234".
const NAVIGATION_LINE =
  /^(?:trang chủ\s*(?:[>|»/›]|$)|(?:từ khóa|tags?|chuyên mục|lượt xem|lượt đọc)\s*:|in bài viết|gửi bài viết|quay lại|đầu trang$)/iu;

// Everything after these headings is the site's furniture (counters, related links).
const CHROME_TAIL = /^(?:thống kê truy cập|tin liên quan|tin cùng chuyên mục|các tin khác|tin khác)\s*:?$/iu;

// A line of punctuation alone (".", ",", "…").
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]*$/u;

/**
 * Marks site chrome and repeated paragraphs so that extractors skip them.
 *
 * @example
 * markSkipped(['Ngày 14-1, Đảng ủy Khối tổ chức Hội nghị.', 'Thống kê truy cập', 'Đang online: 22'])
 * // → [null, 'chrome', 'chrome']
 */
export function markSkipped(sentences: readonly string[]): (SkipReason | null)[] {
  const out: (SkipReason | null)[] = [];
  const seen = new Set<string>();
  let tail = false;
  for (const raw of sentences) {
    const text = raw.trim();
    if (tail || CHROME_TAIL.test(text)) {
      tail = true;
      out.push('chrome');
      continue;
    }
    if (CHROME_LINE.test(text) || NAVIGATION_LINE.test(text) || PUNCTUATION_ONLY.test(text)) {
      out.push('chrome');
      continue;
    }
    // The text is normalized (single spaces): a repeated caption is the same string, line breaks aside.
    const key = text.includes('\n') ? text.replace(/\s+/g, ' ') : text;
    if (key.length >= 12 && seen.has(key)) {
      out.push('duplicate');
      continue;
    }
    seen.add(key);
    out.push(null);
  }
  return out;
}
