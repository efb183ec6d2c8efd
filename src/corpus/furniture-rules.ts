/**
 * Page furniture that scrapers leave in article text — "Advertisement", share buttons, weather
 * widgets, comment prompts, photo credits — as line rules with ids, so the dedup body can say which
 * rule dropped a line. A rule sees one trimmed line (a paragraph) of at most `MAX_FURNITURE_CHARS` characters;
 * longer lines are story text whatever they contain.
 */

export interface FurnitureRule {
  readonly id: string;
  readonly reason: string;
  readonly pattern: RegExp;
}

/** Lines longer than this are never furniture: the rules are for captions, buttons and widgets. */
export const MAX_FURNITURE_CHARS = 500;

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    id: 'furniture/short-line',
    reason: 'three words or fewer: buttons, labels, times, subheads ("Advertisement", "7:50 a.m.")',
    pattern: /^\S*(?:\s+\S+){0,2}$/u,
  },
  {
    id: 'furniture/copyright',
    reason: 'copyright and rights notices differ by site, not by story',
    pattern: /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/iu,
  },
  {
    id: 'furniture/weather',
    reason: 'local weather widgets ("High 86F. Winds NNE at 5 to 10 mph.")',
    pattern:
      /\b(?:high|low)\s+-?\d+\s?°?F\b|\bwinds?\s+(?:light|calm|[NSEW]{1,3}\s+at)\b|forecast$|\baccuweather\b|^your weather is set to/iu,
  },
  {
    id: 'furniture/account',
    reason: 'sign-in, subscription and newsletter prompts',
    pattern:
      /^(?:you are signed in as|sign (?:up|in|me up)\b|subscribe\b|thank you for signing up|unlimited digital access|be the first to know|your subscription supports)|^(?:sign up for|get) .{0,60}\bnewsletters?\b|with a digital subscription/iu,
  },
  {
    id: 'furniture/comments',
    reason: 'comment widgets',
    pattern:
      /facebook commenting|conversation guidelines|click here to comment|^join the conversation|^view comments|% of readers think this story/iu,
  },
  {
    id: 'furniture/share',
    reason: 'share bars and notification prompts',
    pattern:
      /^(?:share (?:this|on|story)\b|connect tweet linkedin|tap here to turn on|chat with us in facebook messenger|a link has been posted to your)/iu,
  },
  {
    id: 'furniture/media-label',
    reason: 'video and gallery labels ("Now Playing:", "Image 1 of 1", "Watch Trump … 04:45")',
    pattern:
      /^(?:now playing|recommended video|watch|video|related (?:content|stories))\s*:|^image \d+ of \d+$|\b\d{1,2}:\d{2}$/iu,
  },
  {
    id: 'furniture/photo-credit',
    reason: 'photo captions and credits: the same agency photo runs beside many different stories',
    pattern:
      /^(?:photo|image|credit|file photo|photograph)(?:\s+by)?\s*:|\((?:[\p{L}.]+\s+)?photos?\b[^)]*\)$|\([^()]{2,80}(?:\/|\bvia\s)[^()]{0,40}\)$|\|\s*(?:AP|AFP|Reuters|Getty)(?: Photo)?$|\bgetty images\)?$|\(file\)$/iu,
  },
  {
    id: 'furniture/timestamp',
    reason: 'update and posting times, which differ between copies of one story',
    pattern:
      /^(?:updated|posted|published|originally published|last updated)\b.{0,80}$|^by .{1,60} - \w{3} \d{1,2}, \d{4} \d{1,2}:\d{2}\s*[ap]m$/iu,
  },
  {
    id: 'furniture/tweet-credit',
    reason: 'embedded tweet attributions ("— Donald J. Trump (@realDonaldTrump) July 16, 2018")',
    pattern: /^[—–-]\s*.{1,80}\(@\w+\)\s+\p{L}+\s+\d{1,2},\s+\d{4}$/u,
  },
];

/** The rule a line matches, if any. Example: `furnitureRuleFor('Advertisement')?.id` → `furniture/short-line`. */
export function furnitureRuleFor(line: string): FurnitureRule | undefined {
  const trimmed = line.trim();
  if (trimmed.length > MAX_FURNITURE_CHARS) return undefined;
  return FURNITURE_RULES.find((rule) => rule.pattern.test(trimmed));
}
