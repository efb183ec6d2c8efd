/**
 * Where words were said, as rules with ids: each pattern is matched case-insensitively within the
 * sentence of a quote's cue. `outletAfter: true` reads a capitalised outlet or platform name right
 * after the match ("… interview with Fox News"); a fixed `outlet` names it outright ("tweeted").
 */
import type { SettingKind } from '../../../document/document.js';

export interface SettingRule {
  readonly id: string;
  readonly kind: SettingKind;
  readonly pattern: RegExp;
  /** Read the outlet from the capitalised name after the match. */
  readonly outletAfter?: boolean;
  /** The outlet or platform the rule itself names. */
  readonly outlet?: string;
}

const DET = String.raw`(?:a|an|the|his|her|their|its|our|my|this|that)`;
const WORD = String.raw`[\p{L}-]+`;

export const PLATFORMS = [
  'Twitter',
  'X',
  'Facebook',
  'Truth Social',
  'Telegram',
  'Instagram',
  'TikTok',
  'Weibo',
  'WeChat',
  'YouTube',
  'Threads',
  'Bluesky',
  'LinkedIn',
  'VKontakte',
];
const PLATFORM = `(?:${PLATFORMS.map((p) => p.replace(/ /gu, String.raw`\s+`)).join('|')})`;

export const SETTING_RULES: readonly SettingRule[] = [
  {
    id: 'setting/press-conference',
    kind: 'press-conference',
    pattern: new RegExp(
      String.raw`\b(?:at|during|in|after|before|told|to)\s+${DET}\s+(?:${WORD}\s+){0,2}(?:press|news)\s+conference\b`,
      'giu',
    ),
  },
  {
    id: 'setting/told-outlet-interview',
    kind: 'interview',
    pattern: /\btold\s+(?:the\s+)?(?=\p{Lu})/gu,
    outletAfter: true,
  },
  {
    id: 'setting/interview',
    kind: 'interview',
    pattern: new RegExp(
      String.raw`\b(?:in|during|on)\s+(?:an?|${DET})\s+(?:${WORD}\s+){0,2}interview(?:\s+(?:with|on|aired\s+by|broadcast\s+by|published\s+by|to))?`,
      'giu',
    ),
    outletAfter: true,
  },
  {
    id: 'setting/social-media-post',
    kind: 'social-media',
    pattern: new RegExp(
      String.raw`\b(?:on|in\s+an?\s+(?:${WORD}\s+)?(?:post|message|video|tweet)\s+on|posting\s+on|posted\s+on|wrote\s+on|via)\s+(?=${PLATFORM}\b)`,
      'giu',
    ),
    outletAfter: true,
  },
  {
    id: 'setting/tweet',
    kind: 'social-media',
    pattern: /\b(?:tweeted|in\s+an?\s+tweet)\b/giu,
    outlet: 'Twitter',
  },
  {
    id: 'setting/statement',
    kind: 'statement',
    pattern: new RegExp(
      String.raw`\b(?:in|on|through)\s+(?:an?|${DET})\s+(?:${WORD}\s+){0,2}(?:statement|communiqu[eé]|press\s+release)\b`,
      'giu',
    ),
  },
  {
    id: 'setting/briefing',
    kind: 'briefing',
    pattern: new RegExp(String.raw`\b(?:at|during|in|told)\s+${DET}\s+(?:${WORD}\s+){0,2}briefing\b`, 'giu'),
  },
  {
    id: 'setting/speech',
    kind: 'speech',
    pattern: new RegExp(
      String.raw`\b(?:in|during|at|to)\s+${DET}\s+(?:${WORD}\s+){0,2}(?:speech|address|rally)\b|\btold\s+(?:supporters|the\s+crowd|a\s+crowd|the\s+rally)\b`,
      'giu',
    ),
  },
  {
    id: 'setting/hearing',
    kind: 'hearing',
    pattern: new RegExp(
      String.raw`\b(?:at|during|in|before)\s+${DET}\s+(?:${WORD}\s+){0,3}hearing\b|\btestified\b`,
      'giu',
    ),
  },
  {
    id: 'setting/letter',
    kind: 'letter',
    pattern: new RegExp(String.raw`\bin\s+(?:an?|${DET})\s+(?:${WORD}\s+){0,2}letter\b`, 'giu'),
  },
  {
    id: 'setting/meeting',
    kind: 'meeting',
    pattern: new RegExp(
      String.raw`\b(?:at|during|after)\s+${DET}\s+(?:${WORD}\s+){0,2}(?:meeting|summit|talks)\b`,
      'giu',
    ),
  },
];

/** Words that make a capitalised name after "told" an outlet: "told Fox News", "told the Washington Post". */
export const OUTLET_WORDS =
  /^(?:.*\b(?:News|Times|Post|Journal|Tribune|Herald|Telegraph|Guardian|Gazette|Radio|Television|TV|Network|Press|Agency|Magazine|Daily|Channel)\b.*|CNN|MSNBC|NBC|ABC|CBS|BBC|NPR|PBS|Reuters|AP|AFP|Bloomberg|Politico|Axios|Al Jazeera|Xinhua|TASS|RIA Novosti|Interfax|Sky|Der Spiegel|Le Monde|Newsmax|Breitbart|Fox|CNBC|Euronews|Deutsche Welle|DW|France 24|RT|Sputnik)$/u;
