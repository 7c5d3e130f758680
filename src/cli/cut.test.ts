import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './main.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

/** `cellbook cut …` needs no database: the fake environment points at none, and none is created. */
const cli = async (...args: string[]): Promise<Run> => {
  let out = '';
  let err = '';
  const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), env: { DATABASE_URL: 'postgres://nowhere.invalid/none' }, interactive: false };
  const code = await runCli(args, io);
  return { code, out, err };
};

describe('cellbook cut', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cellbook-cut-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the four calculators in its help, with how lengths are written', async () => {
    const help = await cli('cut', '--help');
    expect(help.code).toBe(0);
    for (const kind of ['curtains', 'tablecloth', 'cushion', 'roman-blind']) expect(help.out).toContain(kind);
    expect(help.out).toContain('54 1/2in');
    const sub = await cli('cut', 'curtains', '--help');
    expect(sub.out).toContain('--fullness <ratio>');
    expect(sub.out).toContain('docs/cutting.md');
  });

  it('prints the Easy Track curtain example as a cutting list, and writes the diagram', async () => {
    // Easy Track, "Calculating fabric for curtains", https://easytrack.com.au/pages/calculating-fabric-for-curtains
    const svg = join(dir, 'curtains.svg');
    const r = await cli('cut', 'curtains', '--track', '200', '--fullness', '2', '--extra-width', '40cm', '--fabric-width', '1.4m', '--length', '210', '--hem', '30', '--repeat', '37', '--svg', svg);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('Fabric widths (rounded up): 4');
    expect(r.out).toContain('4 × Drop: 140 cm across × 259 cm along');
    expect(r.out).toContain('To buy (rounded up to 10cm): 10.4 m');
    expect(r.out).toContain(`Diagram written to ${svg}`);
    const diagram = readFileSync(svg, 'utf8');
    expect(diagram).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(diagram).toContain('<title id="cut-title">Cutting diagram: curtains</title>');
  });

  it('answers in JSON, in imperial units with the chosen rounding', async () => {
    // Sew News, "Q&A: round table cover", http://sewnews.com/resources/qa/qa0504a/: 70 3/4 in square from two lengths = 4 yards.
    const r = await cli('cut', 'tablecloth', '--unit', 'in', '--diameter', '19 3/4', '--drop', '25', '--hem', '1/2', '--fabric-width', '54', '--round', '1/2yd', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { unitSystem: string; round: string; fabrics: { length: { in: number }; toBuy: { text: string }; pieces: { name: string; count: number }[] }[] };
    expect(list).toMatchObject({ unitSystem: 'imperial', round: '1/2yd' });
    expect(list.fabrics[0]?.length.in).toBe(141.5);
    expect(list.fabrics[0]?.toBuy.text).toBe('4 yd');
    expect(list.fabrics[0]?.pieces.map((p) => [p.name, p.count])).toEqual([
      ['Tablecloth centre', 1],
      ['Tablecloth side strip', 2],
    ]);
  });

  it('works out cushions and roman blinds', async () => {
    const cushion = await cli('cut', 'cushion', '--width', '46', '--height', '46', '--seam', '1.5', '--overlap', '16', '--opening-hem', '2', '--fabric-width', '112');
    expect(cushion.out).toContain('2 × Back: 49 cm across × 34.5 cm along');
    expect(cushion.out).toContain('To buy (rounded up to 10cm): 0.7 m');
    const blind = await cli('cut', 'roman-blind', '--unit', 'in', '--width', '35', '--length', '35 1/4', '--side-hems', '2', '--top', '3', '--bottom-hem', '2', '--fabric-width', '54');
    expect(blind.out).toContain('1 × Blind: 39 in across × 40 1/4 in along');
  });

  it('refuses bad measurements with exit 2, naming the options to fix', async () => {
    const r = await cli('cut', 'curtains', '--track', '0', '--fullness', 'lots', '--fabric-width', '140', '--length', '2 metres');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--track: must be more than 0');
    expect(r.err).toContain("--fullness: 'lots' is not a ratio");
    expect(r.err).toContain("--length: '2 metres' is not a length");
    expect(r.err).toContain('hint:');
    const narrow = await cli('cut', 'curtains', '--track', '200', '--fullness', '2', '--fabric-width', '10', '--side-hems', '5', '--length', '200', '--json');
    expect(narrow.code).toBe(2);
    expect(JSON.parse(narrow.out)).toMatchObject({ error: { code: 'validation_failed', problems: [{ path: '--side-hems' }] } });
    const covers = await cli('cut', 'cushion', '--width', '40', '--height', '40', '--overlap', '10', '--fabric-width', '140', '--covers', 'two');
    expect(covers.code).toBe(2);
    expect(covers.err).toContain("--covers: 'two' is not a whole number");
    expect((await cli('cut', 'curtains', '--track', '200')).code).toBe(1);
  });
});
