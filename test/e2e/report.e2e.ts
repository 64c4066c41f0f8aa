// `vnpr report` in a real browser: the pages made from corpus/ show every record where its span says,
// link from the tables to the evidence, show fields on hover and focus, stay within a phone's width,
// never run a document's markup, and ask for nothing over the network.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');
const CORPUS = join(ROOT, 'corpus');
const IMAGES = join(ROOT, 'docs/img');
const MAX_SCREENSHOT_BYTES = 300 * 1024;

interface Rec {
  type: string;
  docId: string;
  span: [number, number];
  quote: string;
  [field: string]: unknown;
}

let dir: string;
let browser: Browser;
let records: Rec[];
const docIds: string[] = [];
const requests: string[] = [];

function vnpr(...args: string[]): string {
  return execFileSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function url(...parts: string[]): string {
  return pathToFileURL(join(dir, ...parts)).href;
}

async function open(path: string, width = 1280, height = 800): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // Everything must come from the folder: record (and refuse) any other request.
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith('file://')) return route.continue();
    requests.push(target);
    return route.abort();
  });
  await page.goto(path);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

function highlighted(docId: string): { record: Rec; k: number }[] {
  return records
    .filter((record) => record.docId === docId)
    .map((record, k) => ({ record, k }))
    .filter(({ record }) => record.type !== 'document' && record.type !== 'error' && Array.isArray(record.span));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vnpr-e2e-'));
  vnpr('extract', CORPUS, '-o', join(dir, 'records.jsonl'), '--jobs', '0');
  records = readFileSync(join(dir, 'records.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Rec);
  for (const record of records) if (record.type === 'document') docIds.push(record.docId);
  vnpr('report', 'corpus/', '-o', join(dir, 'report')); // as a user types it: the index shows the path given
  vnpr('report', '--from', join(dir, 'records.jsonl'), CORPUS, '-o', join(dir, 'from'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('document pages', () => {
  it('have one highlight per record, its text the record’s quote, in both modes', async () => {
    expect(docIds.length).toBeGreaterThan(0);
    for (const folder of ['report', 'from']) {
      for (const [i, docId] of docIds.entries()) {
        const page = await open(url(folder, `doc-${i + 1}.html`));
        const shown = await page.$$eval('mark.hl', (marks) => {
          const byRecord: Record<string, { type: string; text: string }> = {};
          for (const mark of marks) {
            const k = mark.getAttribute('data-r') as string;
            const entry = byRecord[k] ?? { type: mark.getAttribute('data-type') as string, text: '' };
            entry.text += mark.textContent;
            byRecord[k] = entry;
          }
          return byRecord;
        });
        const expected = highlighted(docId);
        const countTypes = (types: string[]) => {
          const counts: Record<string, number> = {};
          for (const type of types) counts[type] = (counts[type] ?? 0) + 1;
          return counts;
        };
        expect(countTypes(Object.values(shown).map((entry) => entry.type)), docId).toEqual(
          countTypes(expected.map(({ record }) => record.type)),
        );
        for (const { record, k } of expected) {
          expect(shown[k], `${docId} #r${k}`).toEqual({ type: record.type, text: record.quote });
        }
        expect(await page.locator('mark.hl[data-mismatch]').count()).toBe(0);
        expect((page as Page & { errors?: string[] }).errors).toEqual([]);
        await page.close();
      }
    }
  });

  it('show a record’s fields on hover and on keyboard focus', async () => {
    const docId = docIds[0] as string;
    const { record, k } = highlighted(docId).find(({ record }) => record.type === 'membership') ?? {
      k: -1,
      record: undefined,
    };
    expect(record).toBeDefined();
    const page = await open(url('report', 'doc-1.html'));
    const popover = page.locator('#popover');
    await expect.poll(() => popover.isVisible()).toBe(false);
    await page.locator(`#r${k}`).hover();
    await expect.poll(() => popover.isVisible()).toBe(true);
    const text = await popover.textContent();
    expect(text).toContain('membership');
    expect(text).toContain(`count: ${record?.count}`);
    expect(text).toContain('action: kết nạp');
    await page.mouse.move(0, 0);
    await expect.poll(() => popover.isVisible()).toBe(false);

    // Keyboard: Tab reaches the highlights; the focused one shows its fields.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    let focusedMark = false;
    for (let i = 0; i < 40 && !focusedMark; i++) {
      await page.keyboard.press('Tab');
      focusedMark = await page.evaluate(() => document.activeElement?.matches('mark.hl') ?? false);
    }
    expect(focusedMark).toBe(true);
    await expect.poll(() => popover.isVisible()).toBe(true);
    const type = await page.evaluate(() => document.activeElement?.getAttribute('data-type'));
    expect(await popover.textContent()).toContain(type as string);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    await page.close();
  });

  it('show abbreviations with their expansions', async () => {
    const page = await open(url('report', 'doc-1.html'));
    const abbr = page.locator('.text abbr', { hasText: 'TCCSĐ' }).first();
    expect(await abbr.getAttribute('title')).toBe('tổ chức cơ sở đảng');
    await page.close();
  });

  it('put the record list below the text at phone width, without sideways scrolling', async () => {
    const page = await open(url('report', 'doc-1.html'), 375, 740);
    const article = await page.locator('.doc-text').boundingBox();
    const aside = await page.locator('.side').boundingBox();
    expect(aside && article && aside.y >= article.y + article.height).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
    const wide = await open(url('report', 'doc-1.html'));
    const side = await wide.locator('.side').boundingBox();
    expect(side && side.x > 640).toBe(true);
    await wide.close();
  });
});

describe('index', () => {
  it('counts the corpus and links each table row to its evidence, focused and in view', async () => {
    const page = await open(url('report', 'index.html'));
    expect(await page.locator('.card').first().textContent()).toContain(String(docIds.length));
    await page.locator('[role="tab"][data-table="membership"]').click();
    const rows = page.locator('#records-table tbody tr');
    await expect.poll(() => rows.count()).toBe(records.filter((record) => record.type === 'membership').length);
    const link = rows.nth(1).locator('a');
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(/^doc-\d+\.html#r\d+$/);
    await link.click();
    await page.waitForURL(/doc-\d+\.html#r\d+$/);
    const id = href.split('#')[1] as string;
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
    const box = await page.locator(`#${id}`).boundingBox();
    expect(box && box.y >= 100 && box.y + box.height <= 800).toBe(true); // in view, not under the top edge
    // The link names the record: same type and quote as the JSONL says.
    const [n, k] = (href.match(/\d+/g) ?? []).map(Number) as [number, number];
    const record = highlighted(docIds[n - 1] as string).find((entry) => entry.k === k)?.record;
    expect(record?.type).toBe('membership');
    expect(await page.locator(`mark.hl[data-r="${k}"]`).first().getAttribute('data-type')).toBe('membership');
    await page.close();
  });

  it('sorts, filters and pages the tables', async () => {
    const page = await open(url('report', 'index.html'));
    await page.locator('[role="tab"][data-table="quantity"]').click();
    const rows = page.locator('#records-table tbody tr');
    const total = records.filter((record) => record.type === 'quantity').length;
    await expect.poll(() => rows.count()).toBe(Math.min(total, 50));
    await page.locator('#filter').fill('%');
    const percents = records.filter(
      (record) => record.type === 'quantity' && JSON.stringify(record).includes('%'),
    ).length;
    await expect
      .poll(() => page.locator('#table-status').textContent())
      .toContain(`${Math.min(percents, total)} of ${total}`);
    await page.locator('#filter').fill('');
    await page.locator('#records-table th button', { hasText: 'value' }).click();
    await expect.poll(() => page.locator('#records-table th[aria-sort="ascending"]').count()).toBe(1);
    const values = await page.$$eval('#records-table tbody tr td:nth-child(2)', (cells) =>
      cells.map((cell) => Number(cell.textContent)),
    );
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await page.close();
  });

  it('shows the charts with their data or “No data”', async () => {
    const page = await open(url('report', 'index.html'));
    expect(await page.locator('#chart-admissions-year svg rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#chart-targets svg, #chart-targets .no-data').count()).toBe(1);
    await page.close();
  });

  it('asked for nothing outside the folder', () => {
    expect(requests).toEqual([]);
  });

  it('makes small screenshots of the index and of a document page', async () => {
    const target = process.env.UPDATE_SCREENSHOTS ? IMAGES : join(dir, 'img');
    mkdirSync(target, { recursive: true });
    const index = await open(url('report', 'index.html'));
    await index.screenshot({ path: join(target, 'report-index.png') });
    await index.close();
    const n = docIds.indexOf('001_86274c714c503a99.txt') + 1 || 1;
    const doc = await open(url('report', `doc-${n}.html`));
    const membership = doc.locator('mark.hl[data-type="membership"]').first();
    await membership.scrollIntoViewIfNeeded();
    await doc.evaluate(() => window.scrollBy(0, -200));
    await membership.hover();
    await doc.screenshot({ path: join(target, 'report-document.png') });
    await doc.close();
    for (const name of ['report-index.png', 'report-document.png']) {
      expect(statSync(join(target, name)).size).toBeLessThan(MAX_SCREENSHOT_BYTES);
    }
  });
});

describe('hostile documents', () => {
  it('show markup as text and never run it', async () => {
    const hostile = join(dir, 'hostile.jsonl');
    const evil = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    writeFileSync(
      hostile,
      `${JSON.stringify({ id: `<b>${evil}</b>.txt`, text: `${evil}\nNăm 2019, Đảng bộ huyện kết nạp 99 đảng viên ${evil}.` })}\n`,
    );
    vnpr('report', hostile, '-o', join(dir, 'hostile'));
    for (const path of ['doc-1.html', 'index.html']) {
      const page = await open(url('hostile', path));
      if (path === 'index.html') await page.locator('[role="tab"][data-table="membership"]').click();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      if (path === 'doc-1.html')
        expect(await page.locator('.text').textContent()).toContain('<script>window.pwned = 1</script>');
      else expect(await page.locator('#records-table').textContent()).toContain('<b><script>');
      await page.close();
    }
    expect(readdirSync(join(dir, 'hostile')).sort()).toEqual(['assets', 'data', 'doc-1.html', 'index.html']);
  });
});

describe('checks and conflicts', () => {
  // Three self-written reports: two give one Khối's 2022 admissions differently, the third a share that does not
  // add up (209/150 is 139.33%, not 129.33%).
  let pages: string;
  beforeAll(() => {
    const texts = join(dir, 'panel-texts');
    mkdirSync(texts);
    const khoi = 'Đảng ủy Khối các cơ quan tỉnh Lâm Đồng tổng kết năm 2022\n';
    writeFileSync(join(texts, 'a.txt'), `${khoi}Năm 2022, Đảng bộ Khối đã kết nạp 1.520 đảng viên mới.`);
    writeFileSync(join(texts, 'b.txt'), `${khoi}Trong năm 2022, Đảng bộ Khối kết nạp 1.502 đảng viên.`);
    writeFileSync(
      join(texts, 'c.txt'),
      'Đảng ủy Khối Doanh nghiệp tỉnh Trà Vinh tổng kết năm 2023\nNăm 2023, Đảng bộ Khối đã kết nạp 209/150 đảng viên, đạt 129,33% kế hoạch.',
    );
    pages = join(dir, 'panel-report');
    vnpr('report', texts, '-o', pages);
  });

  it('list the checks on the index, each linked to its evidence', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(pages, 'index.html')).href);
    const rows = page.locator('#checks-table tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('percent-of-target');
    expect(await rows.first().textContent()).toContain('209/150 = 139.33%, the text says 129.33%');
    expect(await rows.first().locator('a').getAttribute('href')).toMatch(/^doc-3\.html#r\d+$/);
    await page.close();
    const corpus = await browser.newPage();
    await corpus.goto(url('report', 'index.html'));
    expect(await corpus.locator('#checks-none').count()).toBe(1);
    await corpus.close();
  });

  it('flag a record whose figure another document gives differently, on its page, with both values', async () => {
    for (const doc of ['doc-1.html', 'doc-2.html']) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(pages, doc)).href);
      const flag = page.locator('ol.records li[data-type="membership"] .conflict');
      expect(await flag.count(), doc).toBe(1);
      const text = await flag.textContent();
      expect(text).toContain('admitted 2022');
      expect(text).toContain('1520 (a.txt)');
      expect(text).toContain('1502 (b.txt)');
      expect(await page.locator('mark.hl[data-conflict]').count()).toBeGreaterThan(0);
      await page.close();
    }
    // The third report agrees with nobody else: no flag.
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(pages, 'doc-3.html')).href);
    expect(await page.locator('.conflict').count()).toBe(0);
    await page.close();
  });
});
