/**
 * Clean-up rules as data: each has an id (reported by benchmarks' ablation runs) and a reason.
 * Before Readability runs, shield rules protect content it would mistake for furniture and element
 * rules remove furniture by tag, role, or class/id words. After it, block rules drop short
 * paragraphs of the extracted body by their text, and trim rules cut a credit off a caption.
 * The readability test set rewards keeping whatever Readability keeps, the trafilatura set
 * rewards dropping furniture: a rule should need evidence that holds on both.
 */

export interface ElementRule {
  readonly id: string;
  readonly reason: string;
  /** CSS selector for elements removed outright. */
  readonly selector?: string;
  /** Words of `class` or `id` (split on space, `-`, `_`) that mark the element. */
  readonly words?: RegExp;
}

export const ELEMENT_RULES: readonly ElementRule[] = [
  {
    id: 'html/author-bio',
    reason: 'author biographies and profile boxes',
    words:
      /^(?:bio|author-bio|authorbio|about-author|about-the-author|author-info|author-box|authorbox|author-card|author-profile)$/u,
  },
  {
    id: 'html/share-bar',
    reason: 'share and follow buttons',
    words: /^(?:share|sharing|sharebar|sharetools|social|socials|social-share|follow-us)$/u,
  },
  {
    id: 'html/newsletter',
    reason: 'newsletter and subscription boxes',
    words: /^(?:newsletter|newsletters|subscribe|subscription|signup|sign-up|optin|opt-in|paywall)$/u,
  },
  {
    id: 'html/related',
    reason: 'lists of other articles',
    words:
      /^(?:related|recommended|recommendations|recirc|more-stories|morestories|read-more|readmore|also-read|trending|most-popular|mostpopular|most-read|outbrain|taboola|next-article)$/u,
  },
  {
    id: 'html/ad',
    reason: 'advertising slots',
    words:
      /^(?:ad|ads|advert|adverts|advertisement|advertising|ad-slot|adslot|dfp|sponsored|promo|promotion)$/u,
  },
];

/**
 * Content that Readability (0.6) would throw away as page furniture because of its class or id:
 * the matched elements lose both attributes before Readability scores the page.
 */
export interface ShieldRule {
  readonly id: string;
  readonly reason: string;
  readonly selector: string;
}

export const SHIELD_RULES: readonly ShieldRule[] = [
  {
    id: 'html/math',
    reason:
      'MathJax 3 formulas: their "CtxtMenu_Attached" class reads as a menu to Readability, which drops them',
    selector: 'mjx-container',
  },
];

export interface BlockRule {
  readonly id: string;
  readonly reason: string;
  /** Longest paragraph (in words) the rule may drop: furniture is short, article text is not. */
  readonly maxWords: number;
  readonly pattern: RegExp;
}

const AGENCY = String.raw`(?:getty|afp|reuters|ap|epa|shutterstock|istock|alamy|corbis|bloomberg)\b`;
const PHOTO_LABEL = String.raw`(?:photo(?:graph)?|image|picture|illustration)s?(?:\s+credits?)?\s*(?::|by\b|courtesy\b|©)`;

/**
 * A photo credit and nothing else: "Photo: Jane Roe", "Top photo by Jane Roe", "Credit: NASA",
 * "Jim Watson/AFP/Getty Images", "(AP Photo/Evan Vucci)".
 */
const CREDIT_LINE = new RegExp(
  [
    String.raw`^\(?(?:(?:top|lead|main|all|cover|header)\s+)?(?:photo illustration|${PHOTO_LABEL})`,
    String.raw`^\(?(?:photo |image )?credits?\s*:`,
    String.raw`^photographer\s*:`,
    String.raw`^[^.!?()]{2,60}?\s?\/\s?${AGENCY}[^.!?()]*$`,
    String.raw`^\(${AGENCY}[^)]*\)$`,
  ].join('|'),
  'iu',
);

/** Where a credit may start inside a caption: after a sentence, or after a `|` or dash. */
const TAIL_START = String.raw`(?:(?<=[.!?)])\s*|\s+[|·•–—-]\s+)`;

/**
 * A credit at the end of a caption: "… last year. Photograph: Jane Roe/Getty Images",
 * "… in 2023. Jane Roe / AFP", "… (Jane Roe/AFP/Getty Images)", "… on Friday.Credit: Jane Roe".
 */
const CREDIT_TAIL = new RegExp(
  [
    String.raw`${TAIL_START}(?:${PHOTO_LABEL}|credit(?:s|credit)?\s*:?)[^.!?]*\p{L}[^.!?]*$`,
    String.raw`${TAIL_START}[^.!?()]{2,60}?\s?\/\s?${AGENCY}[^.!?()]*$`,
    String.raw`\s*\((?:[^()]{2,60}\/\s?)?${AGENCY}[^()]*\)$`,
  ].join('|'),
  'iu',
);

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'html/teaser',
    reason: 'a link to another article behind a label: "Read more: …", "Related: …", "See also: …"',
    maxWords: 25,
    pattern:
      /^(?:read (?:more|also|next)|also read|more(?: on this| from [^:|]{1,40}| stories)?|related(?: stories| articles| coverage| content| links| reading)?|see also|recommended(?: reading| for you)?|most read|trending(?: now)?)(?:\s*[:|»>]|\s+[–—-])\s*\S/iu,
  },
  {
    id: 'html/call-to-action',
    reason: 'a short line asking the reader to subscribe, follow, share or keep reading',
    maxWords: 12,
    pattern:
      /^(?:continue reading|story continues|subscribe (?:now|today|to)|sign up (?:for|to|now|today)|follow us|share (?:this|on))\b/iu,
  },
  {
    id: 'html/letters-invite',
    reason: 'an invitation to write to the editor about the article',
    maxWords: 30,
    pattern:
      /^(?:we want to hear (?:from you|what you think)|submit (?:a|your) letter|send (?:us )?a letter to the editor)\b/iu,
  },
  {
    id: 'html/copyright',
    reason: 'copyright and reprint notices',
    maxWords: 45,
    pattern:
      /^(?:©\s*(?:\d{4}|copyright)|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b/iu,
  },
  {
    id: 'html/about-author',
    reason: 'author-box headings',
    maxWords: 4,
    pattern: /^(?:about the author|all posts|more by this author|author)$/iu,
  },
  {
    id: 'html/ad-label',
    reason: 'advertisement labels',
    maxWords: 3,
    pattern: /^(?:advertisement|advertising|ad|sponsored(?: content)?|scroll to continue.*?)\s*:?$/iu,
  },
  {
    id: 'html/caption-credit',
    reason: 'a photo credit on a line of its own (a caption that carries a credit is kept)',
    maxWords: 12,
    pattern: CREDIT_LINE,
  },
  {
    id: 'html/stamp',
    reason: 'publication-time stamps repeated in the body',
    maxWords: 12,
    pattern: /^(?:published|updated|posted|last updated|first published|last modified)\b[^.]*\d/iu,
  },
];

/** A paragraph's tail that is cut off, leaving the rest of the paragraph. */
export interface TrimRule {
  readonly id: string;
  readonly reason: string;
  /** Longest tail (in words) the rule may cut. */
  readonly maxWords: number;
  /** Matches the tail; anchored at the end. */
  readonly pattern: RegExp;
}

export const TRIM_RULES: readonly TrimRule[] = [
  {
    id: 'html/caption-credit-tail',
    reason: "a photo credit at the end of a caption (the names in it are not the story's)",
    maxWords: 10,
    pattern: CREDIT_TAIL,
  },
];
