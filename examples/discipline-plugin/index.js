// An example third-party extractor: disciplinary measures against party members.
// Load it with `vnpr extract corpus -o out.xlsx --plugin ./examples/discipline-plugin/index.js`
// or `extract(text, { plugins: [await loadPlugin('./examples/discipline-plugin/index.js')] })`.
import { defineExtractor } from '@vnpr/extractors';
import { z } from 'zod';

// The measures, mildest first: "khiển trách 3", "cảnh cáo 2 đồng chí", "cách chức 1", "thi hành kỷ luật 5 đảng viên".
const MEASURE =
  /(?<measure>thi hành kỷ luật|kỷ luật|khiển trách|cảnh cáo|cách chức)\s+(?:đối với\s+)?(?<count>\d{1,5})(?=\s|,|;|\.|\))/giu;

export default defineExtractor({
  id: 'discipline',
  description: 'Disciplinary measures against party members (kỷ luật, khiển trách, cảnh cáo, cách chức)',
  priority: 45,
  schema: z.object({
    measure: z.string(),
    count: z.number().int().nonnegative(),
  }),
  extract(doc, ctx) {
    const out = [];
    for (const sentence of doc.sentences) {
      if (sentence.skip) continue;
      for (const m of sentence.text.matchAll(MEASURE)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        const countStart = end - m.groups.count.length;
        if (ctx.isClaimed(countStart, end)) continue;
        out.push({
          fields: { measure: m.groups.measure.toLowerCase().replace(/^thi hành /, ''), count: Number(m.groups.count) },
          start,
          end,
          sentence,
          claims: [{ start: countStart, end }],
        });
      }
    }
    return out;
  },
});
