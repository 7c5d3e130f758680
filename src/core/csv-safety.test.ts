import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from './csv-safety.js';

const TRIGGER_AFTER_SPACE = /^\s*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ['+82 10-1234-5678', "'+82 10-1234-5678"],
    ['-2+3+cmd|\' /C calc\'!A0', '\'-2+3+cmd|\' /C calc\'!A0'],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\tplain', "'\tplain"],
    ['  =1+1', "'  =1+1"],
    [' \t @x', "' \t @x"],
    ['\n=1', "'\n=1"],
    ['-', "'-"],
    ['+5', "'+5"],
    ['-5e3', "'-5e3"],
    ['- 5', "'- 5"],
  ])('prefixes %j', (value, expected) => {
    expect(neutralizeFormula(value)).toBe(expected);
  });

  it.each(['', 'Kim', '김민준', 'a=b', 'x@example.com', '2024-05-01', '010-1234-5678', '   ', "'=already"])(
    'leaves %j unchanged',
    (value) => {
      expect(neutralizeFormula(value)).toBe(value);
    },
  );

  it.each(['-5', '5', '3.14', '-3.14', '0', '-0.5'])('leaves the plain number %j unchanged', (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });

  it('no output starts, after optional whitespace, with a trigger unless it is a plain number', () => {
    const char = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '\u00a0', '.', '0', '7', 'a', '김', "'", '"');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: char, maxLength: 8 }), fc.string(), fc.double().map(String)), (value) => {
        const out = neutralizeFormula(value);
        expect(out === value || out === `'${value}`).toBe(true);
        if (!PLAIN_NUMBER.test(out)) expect(out).not.toMatch(TRIGGER_AFTER_SPACE);
        // Neutralizing twice changes nothing more.
        expect(neutralizeFormula(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});
