// Issue 15: the record types as a TypeScript user sees them. tsc checks narrowing.ts against the built
// declarations (packages/extractors/dist): any change that stops isRecord() or BuiltInRecord from narrowing
// (a field back to unknown, or to any) fails the check.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('typed records', () => {
  it('narrow with isRecord() and the BuiltInRecord union (tsc on test/types/narrowing.ts)', () => {
    let output = '';
    try {
      execFileSync(process.execPath, [TSC, '-p', 'test/types/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toBe('');
  });
});
