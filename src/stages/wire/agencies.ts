/**
 * News agencies and syndicators as data: the canonical name dateline records, and the forms that
 * appear in datelines, credits and publisher lines. Matching is case-insensitive on whole forms.
 */

export interface Agency {
  /** Canonical short name, as recorded in `meta.agencies`. */
  readonly name: string;
  readonly forms: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', forms: ['Reuters', 'Thomson Reuters'] },
  { name: 'AP', forms: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'AFP', forms: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'Xinhua', forms: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'NNN', forms: ['NNN', 'Nam News Network'] },
  { name: 'MENAFN', forms: ['MENAFN', 'Middle East North Africa Financial Network'] },
  { name: 'CNN', forms: ['CNN'] },
  { name: 'Bloomberg', forms: ['Bloomberg'] },
  { name: 'dpa', forms: ['dpa', 'Deutsche Presse-Agentur'] },
  { name: 'ANSA', forms: ['ANSA'] },
  { name: 'EFE', forms: ['EFE'] },
  { name: 'Kyodo', forms: ['Kyodo', 'Kyodo News'] },
  { name: 'Yonhap', forms: ['Yonhap', 'Yonhap News Agency'] },
  { name: 'TASS', forms: ['TASS', 'ITAR-TASS'] },
  { name: 'RIA Novosti', forms: ['RIA Novosti', 'RIA'] },
  { name: 'Interfax', forms: ['Interfax'] },
  { name: 'Sputnik', forms: ['Sputnik'] },
  { name: 'PTI', forms: ['PTI', 'Press Trust of India'] },
  { name: 'IANS', forms: ['IANS'] },
  { name: 'ANI', forms: ['ANI'] },
  { name: 'UPI', forms: ['UPI', 'United Press International'] },
  { name: 'AAP', forms: ['AAP', 'Australian Associated Press'] },
  { name: 'CP', forms: ['CP', 'The Canadian Press', 'Canadian Press'] },
  { name: 'Anadolu', forms: ['Anadolu', 'AA', 'Anadolu Agency'] },
  { name: 'WAFA', forms: ['WAFA'] },
  { name: 'KUNA', forms: ['KUNA'] },
  { name: 'SPA', forms: ['SPA', 'Saudi Press Agency'] },
  { name: 'WAM', forms: ['WAM'] },
  { name: 'MENA', forms: ['MENA'] },
  { name: 'IRNA', forms: ['IRNA'] },
  { name: 'Bernama', forms: ['Bernama'] },
  { name: 'Antara', forms: ['Antara'] },
  { name: 'PNA', forms: ['PNA'] },
  { name: 'KCNA', forms: ['KCNA'] },
  { name: 'CNA', forms: ['CNA', 'Central News Agency'] },
  { name: 'Ukrinform', forms: ['Ukrinform'] },
  { name: 'BelTA', forms: ['BelTA'] },
  { name: 'APA', forms: ['APA'] },
  { name: 'Prensa Latina', forms: ['Prensa Latina'] },
  { name: 'Notimex', forms: ['Notimex'] },
  { name: 'Agencia Brasil', forms: ['Agencia Brasil', 'Agência Brasil'] },
  { name: 'BBC', forms: ['BBC', 'BBC News'] },
  { name: 'Fox News', forms: ['Fox News'] },
  { name: 'IFR', forms: ['IFR'] },
  { name: 'LPC', forms: ['LPC'] },
];

const byForm = new Map<string, Agency>();
for (const agency of AGENCIES) for (const form of agency.forms) byForm.set(form.toLowerCase(), agency);

/** The agency a form names: `findAgency('XINHUA')?.name` → `'Xinhua'`. */
export function findAgency(form: string): Agency | undefined {
  return byForm.get(form.trim().toLowerCase());
}
