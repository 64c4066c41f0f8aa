import type { NumberMention } from '@vnpr/core';
import { defineExtractor, type SentenceCandidate, type SentenceInput } from '../contract.js';
import { canonicalEntity } from '../shared/entities.js';
import { claimOf, nounAfter } from '../shared/numbers.js';
import { sentencePeriod } from '../shared/period.js';
import { firstAtOrAfter } from '../shared/sorted.js';
import {
  AWARD_VERB,
  BEFORE_RECIPIENTS,
  COMMENDATION_CONTEXT,
  canonicalForm,
  FORM,
  FORM_CUES,
  FORMLESS_VERB,
  FORMS_JOINED,
  GIVEN_BEFORE,
  LIST_JOIN,
  RECIPIENT_PAIR,
  RECIPIENT_UNITS,
  RECIPIENT_VARIANTS,
  TITLE_AFTER,
} from './patterns.js';
import { type AwardFields, awardSchema } from './schema.js';

/**
 * Finds commendations: "tặng giấy khen cho 19 TCCSĐ … đạt trong sạch, vững mạnh tiêu biểu năm 2019"; a list
 * of recipients after one form ("Giấy khen cho 17 TCCS Đảng …, 5 TCCS Đảng …, 9 đảng viên …") gives one record each.
 */
export const awardExtractor = defineExtractor({
  id: 'award',
  description: 'Commendations: form (Giấy khen, Bằng khen …), count and kind of recipients, what for',
  schema: awardSchema,
  priority: 20,
  cues: FORM_CUES,
  examples: [
    'Đảng ủy Khối tặng giấy khen cho 19 tổ chức cơ sở đảng đạt trong sạch, vững mạnh tiêu biểu năm 2023.',
    '4 tập thể và 6 cá nhân được UBND tỉnh trao tặng Bằng khen.',
    'Dịp này, 35 đảng viên được trao Huy hiệu 30 năm tuổi Đảng.',
    'Tỉnh ủy trao Cờ thi đua xuất sắc cho 5 tập thể.',
    'Ban Thường vụ trao cờ cho 4 đơn vị dẫn đầu phong trào thi đua.',
    'Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 3 tập thể.',
    'Bộ trưởng trao Kỷ niệm chương vì sự nghiệp xây dựng Đảng cho 12 cá nhân.',
    'Huyện ủy khen thưởng 14 tập thể, 27 cá nhân có thành tích xuất sắc.',
    'Hội nghị biểu dương 8 đảng viên tiêu biểu.',
    'Thành ủy tuyên dương 40 tập thể, cá nhân điển hình.',
  ],
  fromSentence,
});

export default awardExtractor;

function fromSentence(s: SentenceInput): SentenceCandidate<AwardFields>[] {
  const found = formsIn(s);
  return isHeadline(s) ? withHeadlineForm(s, found) : found;
}

/** The first content sentence, written without closing punctuation. */
function isHeadline(s: SentenceInput): boolean {
  return s.doc.sentences.find((x) => !x.skip) === s.sentence && !/[.!?…]\s*$/u.test(s.text);
}

/**
 * A headline counts the recipients and leaves the form to the body ("Quận 5: khen thưởng 42 đơn vị …", then "…
 * trao tiền thưởng và bằng khen …"): the headline's formless records take the one form the body gives with a verb.
 * With no such form, or more than one, the form stays null.
 */
function withHeadlineForm(s: SentenceInput, found: SentenceCandidate<AwardFields>[]): SentenceCandidate<AwardFields>[] {
  const formless = found.filter((c) => c.fields.form === null);
  if (!formless.length) return found;
  const given = new Set<string>();
  for (const sentence of s.doc.sentences) {
    if (sentence.skip || sentence === s.sentence) continue;
    for (const fm of sentence.text.matchAll(FORM)) {
      if (fm[0].length <= 2 && !COMMENDATION_CONTEXT.test(sentence.text)) continue;
      if (GIVEN_BEFORE.test(sentence.text.slice(Math.max(0, fm.index - 40), fm.index))) {
        given.add(canonicalForm(fm.groups?.form ?? fm[0]));
      }
    }
  }
  if (given.size !== 1) return found;
  const [form] = given;
  for (const c of formless) c.fields.form = form ?? null;
  return found;
}

function formsIn(s: SentenceInput): SentenceCandidate<AwardFields>[] {
  const { text } = s;
  const formless = [...text.matchAll(FORMLESS_VERB)];
  if (!formless.length && !AWARD_VERB.test(text)) return [];
  const forms = [...text.matchAll(FORM)].filter((fm) => fm[0].length > 2 || COMMENDATION_CONTEXT.test(text));
  if (!forms.length && !formless.length) return [];
  const numbers = s.numbers.filter((n) => n.kind === 'count');
  const out: SentenceCandidate<AwardFields>[] = [];
  // "35 đảng viên được tặng Huy hiệu 30 năm tuổi Đảng, 12 đảng viên được tặng Huy hiệu 40 năm …": recipients
  // who receive ("được tặng") stand before their form; otherwise they follow it ("tặng Giấy khen cho 19 TCCSĐ").
  const befores = forms.map((fm, i) => {
    const previousEnd = i > 0 ? forms[i - 1]!.index + forms[i - 1]![0].length : 0;
    return recipientsBefore(text, numbers, previousEnd, fm.index);
  });
  // A count that receives its own form later ("…; 25 đảng viên được nhận Huy hiệu …") ends an earlier list.
  const receiving = new Set(befores.flat().map((r) => r.n.start));
  const used = new Set<number>();
  const given = forms.map((fm, i) => {
    const formStart = fm.index;
    const formEnd = formStart + fm[0].length;
    const limit = forms[i + 1]?.index ?? text.length;
    const formNumbers = s.numbers.filter((n) => n.start >= formStart && n.end <= formEnd).map(claimOf);
    const before = befores[i]!;
    const recipients = before.length ? before : recipientsAfter(text, numbers, formEnd, limit, receiving);
    return { form: canonicalForm(fm.groups?.form ?? fm[0]), formStart, formEnd, formNumbers, recipients };
  });
  const period = sentencePeriod(s.doc, s.sentence);
  for (const g of joinForms(text, given)) {
    out.push(...toCandidates(text, period, g.form, g.formStart, g.formEnd, g.recipients, g.formNumbers, used));
  }
  // "Huyện ủy khen thưởng 14 tập thể, 27 cá nhân": a commendation without a form.
  for (const m of formless) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    const next = forms.find((fm) => fm.index >= verbEnd);
    const limit = next ? next.index : text.length;
    const recipients = recipientsAfter(text, numbers, verbEnd, limit, receiving).filter((r) => !used.has(r.n.start));
    if (recipients[0]?.n.start !== verbEnd) continue;
    out.push(...toCandidates(text, period, null, verbStart, verbEnd, recipients, [], used));
  }
  return out;
}

interface GivenForm {
  form: string;
  formStart: number;
  formEnd: number;
  formNumbers: { start: number; end: number }[];
  recipients: Recipient[];
}

/**
 * Forms given to one list of recipients: "tặng bằng khen, trao cờ thi đua cho 12 tập thể", "bằng khen và giấy khen
 * cho 25 cá nhân", "6 tập thể được tặng bằng khen và giấy khen". Two forms written side by side, only one of them with
 * counted recipients, share those recipients: one record whose form names both ("Bằng khen, Cờ thi đua"), not the
 * whole count given to the one form the list happens to stand next to.
 */
function joinForms(text: string, given: GivenForm[]): GivenForm[] {
  const out: GivenForm[] = [];
  for (const g of given) {
    const last = out[out.length - 1];
    const joined =
      last !== undefined &&
      (last.recipients.length === 0) !== (g.recipients.length === 0) &&
      FORMS_JOINED.test(text.slice(last.formEnd, g.formStart)) &&
      !last.form.split(', ').includes(g.form);
    if (!last || !joined) {
      out.push({ ...g });
      continue;
    }
    last.form = `${last.form}, ${g.form}`;
    last.formEnd = g.formEnd;
    last.formNumbers = [...last.formNumbers, ...g.formNumbers];
    if (last.recipients.length === 0) last.recipients = g.recipients;
  }
  return out;
}

/** One record per recipient group; the first one's span runs from its form (or verb). */
function toCandidates(
  text: string,
  period: string | null,
  form: string | null,
  formStart: number,
  formEnd: number,
  recipients: Recipient[],
  formNumbers: { start: number; end: number }[],
  used: Set<number>,
): SentenceCandidate<AwardFields>[] {
  return recipients.map((r) => {
    used.add(r.n.start);
    const first = r === recipients[0];
    const title = TITLE_AFTER.exec(text.slice(r.nounEnd, r.segmentEnd))?.groups?.title?.trim() ?? null;
    return {
      fields: {
        organization: null,
        form,
        count: r.n.value,
        recipients: AS_WRITTEN.has(r.unit) ? r.unit : canonicalEntity(r.unit),
        title,
        period,
      },
      start: first ? Math.min(formStart, r.n.start) : r.n.start,
      end: first ? Math.max(formEnd, r.nounEnd) : r.nounEnd,
      // The years of "Huy hiệu 30, 40 năm tuổi Đảng" belong to the form, not to quantities.
      claims: [claimOf(r.n), ...(first ? formNumbers : [])],
    };
  });
}

/** Recipients kept as written: canonicalEntity would read "tập thể" as "tập thể lãnh đạo". */
const AS_WRITTEN = new Set(['tập thể', 'tập thể, cá nhân', 'bí thư chi bộ']);

interface Recipient {
  n: NumberMention;
  unit: string;
  nounEnd: number;
  /** Where this recipient's description ends (the next recipient or the limit). */
  segmentEnd: number;
}

/** The kind of recipients a count is of: "15 tổ chức cơ sở đảng", "9 bí thư chi bộ", "30 cá nhân, tập thể". */
function recipientAfter(text: string, n: NumberMention): { unit: string; end: number } | null {
  const at = n.end + (text.charAt(n.end) === ' ' ? 1 : 0);
  const head = text.slice(at, at + 40);
  for (const [re, unit] of RECIPIENT_VARIANTS) {
    const m = re.exec(head);
    if (m) return { unit, end: at + m[0].length };
  }
  const noun = nounAfter({ text }, n);
  if (!noun || !RECIPIENT_UNITS.has(noun.unit)) return null;
  const pair = RECIPIENT_PAIR.exec(text.slice(noun.end, noun.end + 20));
  if ((noun.unit === 'tập thể' || noun.unit === 'cá nhân') && pair && pair.groups?.other !== noun.unit)
    return { unit: 'tập thể, cá nhân', end: noun.end + pair[0].length };
  return noun;
}

/** "cho 17 TCCS Đảng …, 5 TCCS Đảng …, 9 đảng viên …": the counted recipients after a form. */
function recipientsAfter(
  text: string,
  numbers: NumberMention[],
  from: number,
  limit: number,
  receiving: ReadonlySet<number>,
): Recipient[] {
  const found: Recipient[] = [];
  for (let i = firstAtOrAfter(numbers, from); i < numbers.length; i++) {
    const n = numbers[i]!;
    if (n.start >= limit || receiving.has(n.start)) break;
    const noun = recipientAfter(text, n);
    if (!noun) continue;
    const last = found[found.length - 1];
    if (!last && !BEFORE_RECIPIENTS.test(text.slice(from, n.start))) break;
    // "… cho 11 cá nhân và tuyên dương 31 tập thể": a count not joined to the list ends it.
    if (last && !LIST_JOIN.test(text.slice(last.nounEnd, n.start))) break;
    if (last) last.segmentEnd = n.start;
    found.push({ n, unit: noun.unit, nounEnd: noun.end, segmentEnd: limit });
  }
  return found;
}

// Between the recipients and the form they receive: "được UBND tỉnh trao tặng", "được tặng", "nhận".
const RECEIVED = /^\s*(?:đã\s+)?(?:được|nhận)(?:\s+[^,;]{0,50}?)?(?:\s+(?:trao tặng|tặng|trao|khen thưởng))?\s*$/iu;

/** "4 tập thể và 6 cá nhân được UBND tỉnh trao tặng Bằng khen": recipients before the form. */
function recipientsBefore(text: string, numbers: NumberMention[], from: number, formStart: number): Recipient[] {
  const found: Recipient[] = [];
  for (const n of numbers) {
    if (n.start < from || n.end > formStart) continue;
    const noun = recipientAfter(text, n);
    if (!noun || noun.end > formStart) continue;
    const last = found[found.length - 1];
    if (last && !/^\s*(?:,|và)\s*$/u.test(text.slice(last.nounEnd, n.start))) found.length = 0;
    if (last) last.segmentEnd = n.start;
    found.push({ n, unit: noun.unit, nounEnd: noun.end, segmentEnd: formStart });
  }
  const last = found[found.length - 1];
  if (!last || !RECEIVED.test(text.slice(last.nounEnd, formStart))) return [];
  return found;
}
