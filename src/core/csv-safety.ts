/**
 * Spreadsheets execute a cell whose text starts with = + - @ (and some also after a tab, a carriage
 * return or leading spaces). Exports prefix such values with an apostrophe so they show as text.
 * Values that are plain numbers (e.g. "-5") stay as they are.
 */
const TRIGGER = /^[\s]*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutralizeFormula(value: string): string {
  if (value === '' || PLAIN_NUMBER.test(value)) return value;
  if (value.startsWith('\t') || value.startsWith('\r') || TRIGGER.test(value)) return `'${value}`;
  return value;
}
