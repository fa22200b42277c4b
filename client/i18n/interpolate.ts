/**
 * Fills a message: `{name}` placeholders, and ICU-style plurals, `{count, plural, one {# item} other
 * {# items}}` (`=0 {…}` for an exact number; `#` is the number), chosen by `Intl.PluralRules`.
 */
export type MessageParams = Record<string, string | number>;

const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The index of the `}` closing the `{` at `open`, or -1. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i += 1) {
    if (template[i] === '{') depth += 1;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` → the branches by selector. */
function branches(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const open = body.indexOf('{', at);
    if (open < 0) break;
    const close = closing(body, open);
    if (close < 0) break;
    found.set(body.slice(at, open).trim(), body.slice(open + 1, close));
    at = close + 1;
  }
  return found;
}

const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/;

/** The branch for `value`: an exact `=N`, else its plural category, else `other`. */
export function pluralBranch(options: ReadonlyMap<string, string>, value: number, locale: string): string | undefined {
  return options.get(`=${value}`) ?? options.get(pluralRules(locale).select(value)) ?? options.get('other');
}

export function interpolate(template: string, params?: MessageParams, locale = 'en'): string {
  if (!params) return template;
  let out = '';
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    const close = open < 0 ? -1 : closing(template, open);
    if (close < 0) return out + template.slice(at);
    out += template.slice(at, open);
    const inner = template.slice(open + 1, close);
    const plural = PLURAL.exec(inner);
    const value = params[(plural ? plural[1] : inner) ?? ''];
    if (plural && typeof value === 'number') {
      const branch = pluralBranch(branches(plural[2] ?? ''), value, locale);
      out += branch === undefined ? String(value) : interpolate(branch.replace(/#/g, String(value)), params, locale);
    } else {
      out += value === undefined || plural ? template.slice(open, close + 1) : String(value);
    }
    at = close + 1;
  }
  return out;
}
