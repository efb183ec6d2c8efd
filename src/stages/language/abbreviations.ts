/**
 * Abbreviations as data, for sentence boundaries. "Never final" ones (titles, months before a day)
 * do not end a sentence when a capitalised word follows; "maybe final" ones (U.S., Inc.) end one
 * only before a capitalised word, never before a lower-case word or a number.
 */

export const NEVER_FINAL: ReadonlySet<string> = new Set(
  [
    'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'adm.',
    'sgt.', 'cpl.', 'pvt.', 'sen.', 'rep.', 'gov.', 'lt.gov.', 'atty.', 'supt.', 'rev.', 'fr.', 'sr.',
    'st.', 'mt.', 'ft.', 'gen.', 'pres.', 'amb.', 'hon.', 'messrs.', 'mmes.', 'no.', 'nos.', 'vs.',
    'v.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.',
    'dec.', 'approx.', 'e.g.', 'i.e.', 'cf.', 'fig.', 'p.', 'pp.', 'vol.', 'ch.', 'art.', 'sec.',
  ],
);

export const MAYBE_FINAL: ReadonlySet<string> = new Set(
  [
    'u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.a.', 'd.c.', 'a.m.', 'p.m.', 'inc.', 'corp.', 'co.', 'ltd.',
    'llc.', 'jr.', 'bros.', 'etc.', 'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.',
    'fla.', 'ga.', 'ill.', 'ind.', 'kan.', 'ky.', 'la.', 'md.', 'mass.', 'mich.', 'minn.', 'miss.',
    'mo.', 'mont.', 'neb.', 'nev.', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 'n.c.', 'n.d.', 'okla.', 'ore.',
    'pa.', 'r.i.', 's.c.', 's.d.', 'tenn.', 'vt.', 'va.', 'wash.', 'w.va.', 'wis.', 'wyo.',
  ],
);

/** A single capital with a period ("J.") is an initial, not a sentence end, before a name. */
export function isInitial(token: string): boolean {
  return /^\p{Lu}\.$/u.test(token);
}
