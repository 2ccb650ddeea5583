import {describe, expect, it} from 'vitest';
import {budgetFor, overBudget, TOOL_CHUNK_PATTERN} from './budgets';

const weight = {jsGzip: 100_000, cssGzip: 20_000, jsRaw: 300_000, cssRaw: 90_000};

describe('overBudget', () => {
  it('passes a page at or under budget', () => {
    expect(overBudget('/', weight, {jsGzip: 100_000, cssGzip: 20_000})).toEqual([]);
  });
  it('names the page, the asset type and the excess', () => {
    const problems = overBudget('/docs/x', weight, {jsGzip: 99_000, cssGzip: 19_999});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/\/docs\/x loads 100000 gzip bytes of JS, over its budget of 99000 by 1000/);
    expect(problems[1]).toMatch(/CSS/);
  });
  it('fails a page with no budget and says how to record one', () => {
    expect(overBudget('/new', weight, undefined)[0]).toMatch(/UPDATE_BUDGETS=1/);
  });
});

describe('budgetFor', () => {
  it('leaves at least 1 KiB and under 2 KiB of headroom, in whole KiB', () => {
    expect(budgetFor(weight)).toEqual({jsGzip: 101_376, cssGzip: 21_504});
    expect(budgetFor({...weight, jsGzip: 102_400, cssGzip: 20_479})).toEqual({jsGzip: 103_424, cssGzip: 21_504});
    for (const jsGzip of [1, 1023, 1024, 1025, 173_142, 220_380]) {
      const budget = budgetFor({...weight, jsGzip});
      expect(budget.jsGzip % 1024).toBe(0);
      expect(budget.jsGzip - jsGzip).toBeGreaterThanOrEqual(1024);
      expect(budget.jsGzip - jsGzip).toBeLessThan(2048);
    }
  });
});

describe('TOOL_CHUNK_PATTERN', () => {
  it('matches tool chunks only', () => {
    expect(TOOL_CHUNK_PATTERN.test('/assets/js/pss-checker.1a2b3c4d.js')).toBe(true);
    expect(TOOL_CHUNK_PATTERN.test('/assets/js/rbac-engine.1a2b3c4d.js')).toBe(true);
    expect(TOOL_CHUNK_PATTERN.test('/assets/js/netpol-analyzer.1a2b3c4d.js')).toBe(true);
    expect(TOOL_CHUNK_PATTERN.test('/assets/js/practice-workbench.1a2b3c4d.js')).toBe(true);
    expect(TOOL_CHUNK_PATTERN.test('/assets/js/main.1a2b3c4d.js')).toBe(false);
  });
});
