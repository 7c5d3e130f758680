import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';

export interface PdfContent {
  title: string | undefined;
  keywords: string | undefined;
  pages: { width: number; height: number }[];
  /** BaseFont names of the embedded fonts (a subset carries a prefix such as ABCDEF+). */
  fonts: string[];
  /** Font descriptors that carry the font program itself (FontFile2 or FontFile3): embedded, not referenced. */
  embeddedFontPrograms: number;
  /** Image XObjects (none when everything is drawn as vectors). */
  images: number;
  /** Closed paths filled without a stroke (`h f`): how pdf-lib draws a filled rectangle. */
  filledPaths: number;
  /** The text the pages show, one drawn line per line, decoded through the fonts' ToUnicode maps. */
  text: string;
}

const utf16be = (hex: string): string => {
  const bytes = Buffer.from(hex, 'hex');
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
  return out;
};

/**
 * Reads a PDF back the way a text extractor does: an embedded font writes glyph ids, not
 * characters, so the content streams are decoded through the ToUnicode maps. A string that is in
 * the text was drawn with glyphs that map back to it.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const streams: string[] = [];
  const fonts: string[] = [];
  let embeddedFontPrograms = 0;
  let images = 0;
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) images++;
    if (obj instanceof PDFRawStream) streams.push(Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1'));
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('Font')) {
      const base = obj.get(PDFName.of('BaseFont'));
      if (base instanceof PDFName) fonts.push(base.decodeText());
    }
    if (obj instanceof PDFDict && obj.get(PDFName.of('Type')) === PDFName.of('FontDescriptor') && (obj.has(PDFName.of('FontFile2')) || obj.has(PDFName.of('FontFile3')))) embeddedFontPrograms++;
  }
  const glyphs = new Map<string, string>();
  for (const s of streams.filter((x) => x.includes('begincmap'))) {
    for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) glyphs.set((m[1] ?? '').toUpperCase(), utf16be(m[2] ?? ''));
    }
    for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const lo = parseInt(m[1] ?? '0', 16);
        const hi = parseInt(m[2] ?? '0', 16);
        const width = (m[1] ?? '').length;
        const first = utf16be(m[3] ?? '');
        for (let g = lo; g <= hi; g++) glyphs.set(g.toString(16).toUpperCase().padStart(width, '0'), String.fromCodePoint((first.codePointAt(0) ?? 0) + g - lo));
      }
    }
  }
  const filledPaths = streams.filter((x) => !x.includes('begincmap')).reduce((n, x) => n + (x.match(/\nh\nf\n/g)?.length ?? 0), 0);
  const lines: string[] = [];
  for (const s of streams.filter((x) => /Tj/.test(x) && !x.includes('begincmap'))) {
    for (const m of s.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const hex = (m[1] ?? '').toUpperCase();
      let line = '';
      for (let i = 0; i < hex.length; i += 4) line += glyphs.get(hex.slice(i, i + 4)) ?? '\uFFFD';
      lines.push(line);
    }
  }
  return {
    title: doc.getTitle(),
    keywords: doc.getKeywords(),
    pages: doc.getPages().map((p) => p.getSize()),
    fonts,
    embeddedFontPrograms,
    images,
    filledPaths,
    text: lines.join('\n'),
  };
}
