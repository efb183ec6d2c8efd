/**
 * Cities that wire services write alone in a dateline, without state or country (AP Stylebook's
 * list, plus the datelines Reuters, AFP and Xinhua use the same way), with the place they mean.
 * A name here wins over the world gazetteer, where e.g. "Washington" is first a town in England.
 */
export interface DatelinePlace {
  readonly name: string;
  readonly country: string;
  readonly region?: string;
}

const US = (name: string, region: string): [string, DatelinePlace] => [name, { name, country: 'US', region }];
const W = (name: string, country: string): [string, DatelinePlace] => [name, { name, country }];

const ENTRIES: [string, DatelinePlace][] = [
  US('Atlanta', 'Georgia'), US('Baltimore', 'Maryland'), US('Boston', 'Massachusetts'),
  US('Chicago', 'Illinois'), US('Cincinnati', 'Ohio'), US('Cleveland', 'Ohio'), US('Dallas', 'Texas'),
  US('Denver', 'Colorado'), US('Detroit', 'Michigan'), US('Honolulu', 'Hawaii'), US('Houston', 'Texas'),
  US('Indianapolis', 'Indiana'), US('Las Vegas', 'Nevada'), US('Los Angeles', 'California'),
  US('Miami', 'Florida'), US('Milwaukee', 'Wisconsin'), US('Minneapolis', 'Minnesota'),
  US('New Orleans', 'Louisiana'), US('New York', 'New York'), US('Oklahoma City', 'Oklahoma'),
  US('Philadelphia', 'Pennsylvania'), US('Phoenix', 'Arizona'), US('Pittsburgh', 'Pennsylvania'),
  US('St. Louis', 'Missouri'), US('Salt Lake City', 'Utah'), US('San Antonio', 'Texas'),
  US('San Diego', 'California'), US('San Francisco', 'California'), US('Seattle', 'Washington'),
  US('Washington', 'District of Columbia'), US('Anchorage', 'Alaska'), US('Sacramento', 'California'),
  ['United Nations', { name: 'United Nations', country: 'US', region: 'New York' }],
  W('Beijing', 'CN'), W('Shanghai', 'CN'), W('Hong Kong', 'HK'), W('Taipei', 'TW'), W('Tokyo', 'JP'),
  W('Seoul', 'KR'), W('Pyongyang', 'KP'), W('Moscow', 'RU'), W('Kiev', 'UA'), W('Kyiv', 'UA'),
  W('London', 'GB'), W('Paris', 'FR'), W('Berlin', 'DE'), W('Brussels', 'BE'), W('Geneva', 'CH'),
  W('Rome', 'IT'), W('Vatican City', 'VA'), W('Madrid', 'ES'), W('Lisbon', 'PT'), W('Vienna', 'AT'),
  W('Warsaw', 'PL'), W('Prague', 'CZ'), W('Budapest', 'HU'), W('Athens', 'GR'), W('Ankara', 'TR'),
  W('Istanbul', 'TR'), W('Jerusalem', 'IL'), W('Tel Aviv', 'IL'), W('Gaza', 'PS'), W('Beirut', 'LB'),
  W('Damascus', 'SY'), W('Baghdad', 'IQ'), W('Tehran', 'IR'), W('Riyadh', 'SA'), W('Dubai', 'AE'),
  W('Doha', 'QA'), W('Cairo', 'EG'), W('Amman', 'JO'), W('Kabul', 'AF'), W('Islamabad', 'PK'),
  W('New Delhi', 'IN'), W('Mumbai', 'IN'), W('Dhaka', 'BD'), W('Bangkok', 'TH'), W('Hanoi', 'VN'),
  W('Manila', 'PH'), W('Jakarta', 'ID'), W('Singapore', 'SG'), W('Kuala Lumpur', 'MY'),
  W('Sydney', 'AU'), W('Canberra', 'AU'), W('Wellington', 'NZ'), W('Ottawa', 'CA'), W('Toronto', 'CA'),
  W('Montreal', 'CA'), W('Mexico City', 'MX'), W('Havana', 'CU'), W('Caracas', 'VE'), W('Bogota', 'CO'),
  W('Lima', 'PE'), W('Brasilia', 'BR'), W('Sao Paulo', 'BR'), W('Rio de Janeiro', 'BR'),
  W('Buenos Aires', 'AR'), W('Santiago', 'CL'), W('Johannesburg', 'ZA'), W('Nairobi', 'KE'),
  W('Lagos', 'NG'), W('Abuja', 'NG'), W('Addis Ababa', 'ET'), W('Khartoum', 'SD'), W('Tripoli', 'LY'),
  W('Tunis', 'TN'), W('Algiers', 'DZ'), W('Rabat', 'MA'), W('Minsk', 'BY'), W('Tbilisi', 'GE'),
  W('Yerevan', 'AM'), W('Baku', 'AZ'), W('Astana', 'KZ'), W('Tashkent', 'UZ'), W('Stockholm', 'SE'),
  W('Oslo', 'NO'), W('Copenhagen', 'DK'), W('Helsinki', 'FI'), W('Dublin', 'IE'), W('Amsterdam', 'NL'),
  W('The Hague', 'NL'), W('Frankfurt', 'DE'), W('Zurich', 'CH'), W('Milan', 'IT'), W('Yangon', 'MM'),
  W('Naypyitaw', 'MM'), W('Phnom Penh', 'KH'), W('Colombo', 'LK'), W('Kathmandu', 'NP'),
  W('Ulaanbaatar', 'MN'), W('Sanaa', 'YE'), W('Muscat', 'OM'), W('Kuwait City', 'KW'), W('Manama', 'BH'),
];

export const STANDALONE_DATELINES: ReadonlyMap<string, DatelinePlace> = new Map(
  ENTRIES.map(([k, v]) => [k.toLowerCase(), v]),
);
