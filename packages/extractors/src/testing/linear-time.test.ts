import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineExtractor } from '../contract.js';
import { expectLinearTime } from './linear-time.js';

describe('expectLinearTime', () => {
  it('fails on work that grows with the square of the sentence', () => {
    // For each "a", a look at every character before it: n²/2 steps.
    const quadratic = defineExtractor({
      id: 'quadratic',
      schema: z.object({}),
      extract: (doc) => {
        let seen = 0;
        for (let i = 0; i < doc.text.length; i += 2) for (let j = 0; j < i; j += 2) seen += doc.text.charCodeAt(j) & 1;
        return seen < 0 ? [] : [];
      },
    });
    expect(() => expectLinearTime(quadratic, 'ab', 64 * 1024)).toThrow(/to be less than 20/);
  });

  it('passes a linear scan', () => {
    const linear = defineExtractor({
      id: 'linear',
      schema: z.object({}),
      extract: (doc) => {
        let seen = 0;
        for (let i = 0; i < doc.text.length; i++) seen += doc.text.charCodeAt(i) & 1;
        return seen < 0 ? [] : [];
      },
    });
    expectLinearTime(linear, 'ab ');
  });
});
