import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/read/html/clean-up.js';
import { readHtml } from '../../src/read/html/index.js';

/** What the paragraph rules keep of these lines (each line one paragraph of the article body). */
const kept = (...lines: string[]): string[] =>
  cleanBlocks(
    lines.map((text) => ({ text, tag: 'p' })),
    { title: undefined, bylines: [] },
  );

const BODY =
  'The committee met on Tuesday to review the draft budget, and its members spent most of the afternoon on the transport section, which several of them said was too optimistic about fares.';

describe('html/teaser', () => {
  it('drops a label followed by a link to another article', () => {
    expect(kept('Read more: Council delays vote on parking charges', BODY)).toEqual([BODY]);
    expect(kept('RELATED | Flood barriers to be raised', 'See also: Port strike ends', BODY)).toEqual([BODY]);
  });

  it('keeps a label on its own and sentences that merely start like a teaser', () => {
    const lines = [
      'Related:',
      'See also',
      'Read more about the budget process here.',
      'More-than-expected inflation was the main worry.',
      'Related-party loans rose sharply, the auditors found.',
    ];
    expect(kept(...lines)).toEqual(lines);
  });
});

describe('html/call-to-action', () => {
  it('drops short calls to subscribe, share or keep reading', () => {
    const junk = [
      'Subscribe now to our print edition for the full story.',
      'Share this',
      'Continue reading the main story',
    ];
    expect(kept(...junk, BODY)).toEqual([BODY]);
  });

  it('keeps longer text that starts with the same words', () => {
    const long =
      'Follow us into the archive, the curator said, and you will find letters that nobody has read since the war ended in 1945.';
    expect(kept(long)).toEqual([long]);
  });
});

describe('html/caption-credit and html/caption-credit-tail', () => {
  it('drops lines that are only a photo credit', () => {
    const credits = [
      'Photo: Jane Roe',
      'Top photo by Jane Roe',
      'Credit: NASA',
      '(Credit: Jane Roe / Example News)',
      'Jim Watson/AFP/Getty Images',
      '(AP Photo/Evan Vucci)',
    ];
    expect(kept(...credits, BODY)).toEqual([BODY]);
  });

  it('keeps a caption and cuts the credit at its end', () => {
    expect(
      kept(
        'Striking workers outside the depot last year. Photograph: Jane Roe/Getty Images',
        'The new footbridge seen from the east bank. (Jane Roe/AFP/Getty Images)',
        'A model of the station - Image: City Planning Office',
        'Protesters in the square on Friday.Jane Roe / Reuters',
      ),
    ).toEqual([
      'Striking workers outside the depot last year.',
      'The new footbridge seen from the east bank.',
      'A model of the station',
      'Protesters in the square on Friday.',
    ]);
  });

  it('leaves prose about photos and images alone', () => {
    const prose = [
      'Here is some example code to generate an embeddable image:',
      'The exhibition shows photos by Ansel Adams and his students.',
      'Spending rose. Credit card balances also climbed.',
    ];
    expect(kept(...prose)).toEqual(prose);
  });

  it('can be left out', () => {
    const line = 'Striking workers outside the depot. Photograph: Jane Roe';
    expect(
      cleanBlocks([{ text: line, tag: 'p' }], {
        title: undefined,
        bylines: [],
        skip: new Set(['html/caption-credit-tail']),
      }),
    ).toEqual([line]);
  });
});

describe('html/copyright, html/letters-invite and html/ad-label', () => {
  it('drops copyright notices, invitations to write in and ad labels', () => {
    const junk = [
      '© 2020 Example Media Inc. All Rights Reserved.',
      'Copyright 2019 The Example Herald. This article may not be reprinted without permission.',
      'We want to hear what you think about this article. Submit a letter to the editor.',
      'Advertisement:',
    ];
    expect(kept(...junk, BODY)).toEqual([BODY]);
  });

  it('keeps text about copyright', () => {
    const line = 'Copyright law has not kept up with streaming, the judge wrote.';
    expect(kept(line)).toEqual([line]);
  });
});

describe('html/math', () => {
  const paragraph = (n: number): string =>
    `<p>Paragraph ${n} of the explainer walks through the algebra step by step, so that a reader who last saw a quadratic at school can follow every line of the working without a textbook.</p>`;
  const page = `<html><head><title>Solving quadratics</title></head><body><article>
${paragraph(1)}
<p>When a is not zero, the solutions are
<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true">x</mjx-math><mjx-assistive-mml display="inline"><math><mi>x</mi><mo>=</mo><mi>quadraticroot</mi></math></mjx-assistive-mml></mjx-container>
and nothing else.</p>
${paragraph(2)}
${paragraph(3)}
</article></body></html>`;

  it('keeps MathJax formulas that Readability would take for a menu', () => {
    expect(readHtml(page).text).toContain('quadraticroot');
    expect(readHtml(page, { skipRules: ['html/math'] }).text).not.toContain('quadraticroot');
  });
});
