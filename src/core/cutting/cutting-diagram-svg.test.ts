import { describe, expect, it } from 'vitest';
import { calculateCurtains } from './curtains.js';
import { calculateCushion } from './cushion.js';
import { cuttingDiagramSvg, xmlEscape } from './cutting-diagram-svg.js';

/** A strict little well-formedness check: balanced tags, quoted attributes, known entities only. */
function parseXml(text: string): { name: string; attrs: Record<string, string>; text: string; children: unknown[] }[] {
  const stack: { name: string; attrs: Record<string, string>; text: string; children: unknown[] }[] = [{ name: '#doc', attrs: {}, text: '', children: [] }];
  const all: (typeof stack)[number][] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < text.length) {
    token.lastIndex = at;
    m = token.exec(text);
    if (!m) throw new Error(`not well-formed at ${at}: ${text.slice(at, at + 40)}`);
    at = token.lastIndex;
    const [, close, name, attrText, selfClose, chars] = m;
    if (chars !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(chars)) throw new Error(`bad entity in ${chars}`);
      stack.at(-1)!.text += chars;
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attrs = Object.fromEntries([...(attrText ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const el = { name: name!, attrs: attrs as Record<string, string>, text: '', children: [] };
    stack.at(-1)!.children.push(el);
    all.push(el);
    if (!selfClose) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  return all;
}

describe('the cutting diagram', () => {
  it('is well-formed SVG with a title and description, the roll width, every piece labelled with its size, and repeat lines', () => {
    const list = calculateCurtains({ trackWidth: 200, fullness: 2, widthAllowance: 40, fabricWidth: 140, finishedLength: 210, hemAllowance: 30, patternRepeat: 37 });
    const svg = cuttingDiagramSvg(list);
    const els = parseXml(svg);
    const root = els[0]!;
    expect(root.name).toBe('svg');
    expect(root.attrs).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', role: 'img', 'aria-labelledby': 'cut-title cut-desc' });
    expect(els.find((e) => e.name === 'title')?.text).toBe('Cutting diagram: curtains');
    expect(els.find((e) => e.name === 'desc')?.text).toContain('4 × Drop 140 cm by 259 cm');
    const texts = els.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toContain('Fabric: 140 cm wide');
    for (const n of [1, 2, 3, 4]) expect(texts).toContain(`Drop ${n}`);
    expect(texts.filter((t) => t === '140 cm × 259 cm')).toHaveLength(4);
    expect(texts).toContain('buy 10.4 m');
    expect(els.filter((e) => e.name === 'g' && e.attrs.class === 'piece')).toHaveLength(4);
    // 4 × 259 cm = 1036 cm of 37 cm repeats: lines at 37, 74, … 999 cm.
    expect(els.filter((e) => e.name === 'line' && e.attrs.class === 'repeat')).toHaveLength(27);
    expect(svg).not.toMatch(/<script|href=/);
  });

  it('draws a lining beside the fabric, and small pieces side by side', () => {
    const lined = cuttingDiagramSvg(calculateCurtains({ trackWidth: 100, fullness: 2, fabricWidth: 140, finishedLength: 200, lining: { fabricWidth: 137 } }));
    expect(parseXml(lined).filter((e) => e.name === 'g' && e.attrs.class === 'fabric')).toHaveLength(2);
    const cushion = parseXml(cuttingDiagramSvg(calculateCushion({ width: 46, height: 46, seamAllowance: 1.5, overlap: 16, openingHem: 2, fabricWidth: 112 })));
    const rects = cushion.filter((e) => e.name === 'rect' && e.attrs.x !== undefined && e.attrs.fill === '#dbe8f5');
    expect(new Set(rects.map((r) => r.attrs.x)).size).toBe(2);
  });

  it('escapes text', () => {
    expect(xmlEscape(`<a & "b">`)).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});
