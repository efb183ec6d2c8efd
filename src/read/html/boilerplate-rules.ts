/**
 * Clean-up rules as data: each has an id (reported by benchmarks' ablation runs) and a reason.
 * Element rules match page furniture by tag, role, or class/id words before Readability runs;
 * paragraph rules match short paragraphs of the extracted body by their text.
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

export interface BlockRule {
  readonly id: string;
  readonly reason: string;
  /** Longest paragraph (in words) the rule may drop: furniture is short, article text is not. */
  readonly maxWords: number;
  readonly pattern: RegExp;
}

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'html/teaser',
    reason: '"Read more" and other links to further articles',
    maxWords: 25,
    pattern:
      /^(?:read more|read also|also read|read next|read the full|more:|related(?: stories| articles| coverage| content| links| reading)?\s*[:|-]|see also|more on this|more from|recommended|click here|sign up|subscribe (?:now|today|to)|follow (?:us|@)|share (?:this|on)|story continues|continue reading|most read|trending now)/iu,
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
    pattern: /^(?:advertisement|advertising|ad|sponsored(?: content)?|scroll to continue.*)$/iu,
  },
  {
    id: 'html/caption-credit',
    reason: 'photo credits left in the body',
    maxWords: 30,
    pattern:
      /(?:^|[\s(])(?:photo|image|picture|illustration)s?\s*(?::|by|credit|courtesy)|\((?:AP|AFP|Reuters|Getty)[^)]*photo|(?:getty images|shutterstock|ap photo)[^.]*\)?$/iu,
  },
  {
    id: 'html/stamp',
    reason: 'publication-time stamps repeated in the body',
    maxWords: 12,
    pattern: /^(?:published|updated|posted|last updated|first published|last modified)\b[^.]*\d/iu,
  },
];
