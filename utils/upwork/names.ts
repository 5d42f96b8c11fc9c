// People's names as the Messages page writes them. A room name is a
// comma-separated list of variants that may differ ("James B., James Blue"),
// and an author may appear in a short form ("Vato T." for "Vato Tchipa"), for
// the client and the freelancer alike (../shared/upwork-messages-dom.md).

/** The distinct variants of a name, as written: "James B., James Blue" -> ["James B.", "James Blue"]. */
export function nameVariants(raw: string): string[] {
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return [...new Set(parts)];
}

/** The name to show: the fullest variant ("James Blue" rather than "James B."). */
export function displayName(raw: string): string {
  const variants = nameVariants(raw);
  return variants.reduce((best, v) => (v.length > best.length ? v : best), variants[0] ?? '');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** "Vato T." -> ["vato", "t"]: a first name and a last initial, or null. */
function shortParts(name: string): [string, string] | null {
  const m = /^(.+) (\p{L})\.$/u.exec(norm(name));
  return m ? [m[1], m[2]] : null;
}

/**
 * Could these two texts name the same person? Equal, or one is the other's
 * short form ("Vato T." / "Vato Tchipa"). Two full names are never equated by
 * their initials ("James Blue" is not "James Brown").
 */
export function samePerson(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const short = shortParts(x) ? ([shortParts(x)!, y] as const) : shortParts(y) ? ([shortParts(y)!, x] as const) : null;
  if (!short) return false;
  const [[first, initial], full] = short;
  return full.startsWith(`${first} `) && full.slice(first.length + 1).startsWith(initial) && !shortParts(full);
}

/** Could these two names (each possibly a comma-separated list of variants) name the same person? */
export const matchesName = (a: string, b: string) => nameVariants(a).some((x) => nameVariants(b).some((y) => samePerson(x, y)));
