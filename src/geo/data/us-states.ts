/** US states (and DC): name, USPS code, and the AP-style abbreviation wire datelines use. */
export interface UsState {
  readonly name: string;
  readonly code: string;
  /** AP style ("Ala.", "Calif."); states AP never abbreviates keep their full name here. */
  readonly ap: string;
}

export const US_STATES: readonly UsState[] = [
  { name: 'Alabama', code: 'AL', ap: 'Ala.' },
  { name: 'Alaska', code: 'AK', ap: 'Alaska' },
  { name: 'Arizona', code: 'AZ', ap: 'Ariz.' },
  { name: 'Arkansas', code: 'AR', ap: 'Ark.' },
  { name: 'California', code: 'CA', ap: 'Calif.' },
  { name: 'Colorado', code: 'CO', ap: 'Colo.' },
  { name: 'Connecticut', code: 'CT', ap: 'Conn.' },
  { name: 'Delaware', code: 'DE', ap: 'Del.' },
  { name: 'District of Columbia', code: 'DC', ap: 'D.C.' },
  { name: 'Florida', code: 'FL', ap: 'Fla.' },
  { name: 'Georgia', code: 'GA', ap: 'Ga.' },
  { name: 'Hawaii', code: 'HI', ap: 'Hawaii' },
  { name: 'Idaho', code: 'ID', ap: 'Idaho' },
  { name: 'Illinois', code: 'IL', ap: 'Ill.' },
  { name: 'Indiana', code: 'IN', ap: 'Ind.' },
  { name: 'Iowa', code: 'IA', ap: 'Iowa' },
  { name: 'Kansas', code: 'KS', ap: 'Kan.' },
  { name: 'Kentucky', code: 'KY', ap: 'Ky.' },
  { name: 'Louisiana', code: 'LA', ap: 'La.' },
  { name: 'Maine', code: 'ME', ap: 'Maine' },
  { name: 'Maryland', code: 'MD', ap: 'Md.' },
  { name: 'Massachusetts', code: 'MA', ap: 'Mass.' },
  { name: 'Michigan', code: 'MI', ap: 'Mich.' },
  { name: 'Minnesota', code: 'MN', ap: 'Minn.' },
  { name: 'Mississippi', code: 'MS', ap: 'Miss.' },
  { name: 'Missouri', code: 'MO', ap: 'Mo.' },
  { name: 'Montana', code: 'MT', ap: 'Mont.' },
  { name: 'Nebraska', code: 'NE', ap: 'Neb.' },
  { name: 'Nevada', code: 'NV', ap: 'Nev.' },
  { name: 'New Hampshire', code: 'NH', ap: 'N.H.' },
  { name: 'New Jersey', code: 'NJ', ap: 'N.J.' },
  { name: 'New Mexico', code: 'NM', ap: 'N.M.' },
  { name: 'New York', code: 'NY', ap: 'N.Y.' },
  { name: 'North Carolina', code: 'NC', ap: 'N.C.' },
  { name: 'North Dakota', code: 'ND', ap: 'N.D.' },
  { name: 'Ohio', code: 'OH', ap: 'Ohio' },
  { name: 'Oklahoma', code: 'OK', ap: 'Okla.' },
  { name: 'Oregon', code: 'OR', ap: 'Ore.' },
  { name: 'Pennsylvania', code: 'PA', ap: 'Pa.' },
  { name: 'Rhode Island', code: 'RI', ap: 'R.I.' },
  { name: 'South Carolina', code: 'SC', ap: 'S.C.' },
  { name: 'South Dakota', code: 'SD', ap: 'S.D.' },
  { name: 'Tennessee', code: 'TN', ap: 'Tenn.' },
  { name: 'Texas', code: 'TX', ap: 'Texas' },
  { name: 'Utah', code: 'UT', ap: 'Utah' },
  { name: 'Vermont', code: 'VT', ap: 'Vt.' },
  { name: 'Virginia', code: 'VA', ap: 'Va.' },
  { name: 'Washington', code: 'WA', ap: 'Wash.' },
  { name: 'West Virginia', code: 'WV', ap: 'W.Va.' },
  { name: 'Wisconsin', code: 'WI', ap: 'Wis.' },
  { name: 'Wyoming', code: 'WY', ap: 'Wyo.' },
];

const byKey = new Map<string, UsState>();
for (const s of US_STATES) {
  for (const form of [s.name, s.code, s.ap]) byKey.set(stateKey(form), s);
}

function stateKey(s: string): string {
  return s.toLowerCase().replace(/[.\s]/gu, '');
}

/** The US state a dateline region names: "Ala." / "AL" / "Alabama" / "W. Va." → the state. */
export function findUsState(name: string): UsState | undefined {
  return byKey.get(stateKey(name));
}
