/**
 * Reads the header line of a CSV file in the browser, only to offer the column mapping; the server
 * parses and checks the whole file. Handles a BOM, ';' or ',' separators and quoted names.
 */
export function readCsvHeader(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  let i = 0;
  const line: string[] = [];
  // First pass: the first record (quoted newlines allowed), and which separator it uses.
  for (; i < body.length; i++) {
    const c = body[i] ?? '';
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        line.push('"', '"');
        i++;
      } else {
        if (c === '"') quoted = false;
        line.push(c);
      }
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '\n' || c === '\r') break;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
    line.push(c);
  }
  const sep = semicolons > commas ? ';' : ',';
  const record = line.join('');
  quoted = false;
  for (let j = 0; j < record.length; j++) {
    const c = record[j] ?? '';
    if (quoted) {
      if (c === '"' && record[j + 1] === '"') {
        field += '"';
        j++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields.filter((f, k) => f !== '' || k < fields.length - 1);
}
