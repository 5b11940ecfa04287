import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../entities/entity-matcher.ts';
import { readHtmlPage } from './html.ts';
import { prepareArticle } from './prepare.ts';

const PARAGRAPHS = [
  'Le projet prévoit trois bâtiments et une puissance électrique de 300 mégawatts, selon le dossier déposé en préfecture.',
  "L'opérateur affirme que le site louera sa capacité de calcul à des entreprises, sans qu'aucun contrat n'ait été rendu public.",
  'Le gestionnaire du réseau doit encore dire si la ligne existante suffit ; une réponse est attendue au printemps prochain.',
  "Des riverains ont créé une association et demandent une étude sur la consommation d'eau du refroidissement des serveurs.",
];
const text = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
const page = (body: string, head = '') =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Un campus de calcul</title>${head}</head><body>${body}</body></html>`;
const blocksOf = (html: string) => readHtmlPage(html).blocks.map((b) => b.text);

function prepared(html: string) {
  const result = prepareArticle(new TextEncoder().encode(html), 'page.html', { ids: new Map(), slugs: new Set(), sources: new Set() }, () =>
    createEntityMatcher([]),
  );
  if (result.kind !== 'new') throw new Error('not prepared');
  return result.report;
}

describe('a byline or dateline set apart from the article text', () => {
  const signed = (signature: string, after = '') =>
    page(`<header>Le Quotidien</header><main><h1>Un campus de calcul près de Lannion</h1>${signature}<div class="corps">${text}</div>${after}</main>`);

  it('gives the author and the date, with the line as evidence, when the extraction leaves the line out', () => {
    const html = signed('<div class="signature">Par <a href="/auteurs/mlg">Maëlle Le Goff</a><span>Publié le 2 décembre 2026 à 18h12</span></div>');
    expect(readHtmlPage(html).leftOut).toContain('Par  Maëlle Le Goff  Publié le 2 décembre 2026 à 18h12');
    const report = prepared(html);
    expect(report.author).toMatchObject({ value: 'Maëlle Le Goff', evidence: expect.stringContaining('outside the article text') });
    expect(report.date).toMatchObject({ value: '2026-12-02' });
  });

  it('reads author and date from separate lines, and a button beside them does not spoil the line', () => {
    const report = prepared(signed('<p class="auteur">Par Jean Dupont <button>Suivre</button></p><p class="date">Mis à jour le 30 novembre 2026</p>'));
    expect(report.author?.value).toBe('Jean Dupont');
    expect(report.date?.value).toBe('2026-11-30');
  });

  it('never takes a teaser after the article, nor a line that states more than facts', () => {
    const report = prepared(
      signed(
        '<div class="rubrique">Économie · 3 min de lecture</div>',
        '<aside><div>Par Paul Martin · 1 décembre 2026</div><div>Un autre article</div></aside>',
      ),
    );
    expect(report.author).toBeUndefined();
    expect(report.date).toBeUndefined();
  });

  it('reads past a label the extraction kept, to the byline after the standfirst', () => {
    const html = page(
      `<article><h1>Un campus de calcul</h1><p class="chapo">${PARAGRAPHS[0]}</p><p>Lecture : 4 min.</p><figure><img src="x.jpg" alt=""></figure><div class="auteur"><span>Par</span> <a href="/a">Jean Dupont</a></div>${PARAGRAPHS.slice(
        1,
      )
        .map((p) => `<p>${p}</p>`)
        .join('')}</article>`,
    );
    expect(prepared(html).author?.value).toBe('Jean Dupont');
  });

  it('takes the name from a byline block that holds more than a name, and the date from its own line', () => {
    const report = prepared(
      signed(
        '<div class="byline"><div class="byline-name">Par <a href="/a/jd">Jean Dupont</a></div><div class="byline-affiliation">Le Quotidien</div><div class="byline-date">Mis à jour 1 déc. 2026 à 16h05</div></div>',
      ),
    );
    expect(report.author?.value).toBe('Jean Dupont');
    expect(report.date?.value).toBe('2026-12-01');
  });

  it('takes the name from an author link, not the role beside it', () => {
    const report = prepared(
      signed('<address><div class="byline"><a rel="author" href="/profile/ho">Harriet Okonjo</a> <span>Energy correspondent</span></div></address>'),
    );
    expect(report.author).toMatchObject({ value: 'Harriet Okonjo', evidence: expect.stringContaining('rel="author"') });
  });

  it('reads microdata for the name alone, without its label or role', () => {
    for (const byline of [
      '<span itemprop="author">Par <span itemprop="name">Jean Dupont</span></span>',
      '<div itemprop="author"><span itemprop="name">Jean Dupont</span> <span itemprop="jobTitle">Chef du service Économie</span></div>',
    ])
      expect(prepared(signed(byline)).author?.value).toBe('Jean Dupont');
  });

  it('takes nothing from a card of another story between paragraphs, a masthead before the headline, or a sidebar author', () => {
    // Set apart from the text (an aside, which extraction drops): the lines left out must not be read there.
    const card = '<aside class="carte"><a href="/x">Un incendie ferme le pont</a><div>Par Paul Martin · 1 décembre 2026</div></aside>';
    const between = page(
      `<main><h1>Un campus de calcul</h1><div>${PARAGRAPHS.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join('')}${card}${PARAGRAPHS.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div></main>`,
    );
    expect([prepared(between).author, prepared(between).date]).toEqual([undefined, undefined]);
    const masthead = page(
      `<header><h1>Le Quotidien</h1><div class="date-du-jour">Mercredi 4 mars 2026</div></header><aside><a rel="author" href="/a">Paul Martin</a></aside><article><h2>Un campus de calcul</h2>${text}</article>`,
      '<meta property="og:title" content="Un campus de calcul">',
    );
    expect([prepared(masthead).author, prepared(masthead).date]).toEqual([undefined, undefined]);
  });

  it('takes a byline block of run-together parts out of the text whole, and reads the date from its part', () => {
    // Readability would take the author link out and keep "Texte de JournalistePublié le …" as the first line.
    const html = signed(
      '<div class="meta"><span>Texte de <a rel="author" href="/auteurs/mlg">Maëlle Le Goff</a></span><span>Journaliste</span><span>Publié le 2 décembre 2026 à 18h12</span></div>',
    );
    expect(blocksOf(html).join('\n')).not.toMatch(/Texte de|Journaliste|Publié/);
    const report = prepared(html);
    expect(report.author).toMatchObject({ value: 'Maëlle Le Goff' });
    expect(report.date).toMatchObject({
      value: '2026-12-02',
      evidence: 'the page\'s line "Texte de  Maëlle Le Goff  Journaliste  Publié le 2 décembre 2026 à 18h12", outside the article text',
    });
  });

  it('keeps a sentence of the article that links to its author', () => {
    const sentence = `${PARAGRAPHS[0]!.slice(0, -1)}, écrit notre correspondante <a rel="author" href="/auteurs/mlg">Maëlle Le Goff</a>, qui a lu le dossier en entier.`;
    expect(blocksOf(signed(`<p>${sentence}</p>`))).toContain(sentence.replace(/<[^>]+>/g, ''));
  });

  it('comes after what the page states in its metadata', () => {
    const report = prepared(
      signed('<div>Par Maëlle Le Goff · 2 décembre 2026</div>', '').replace(
        '</head>',
        '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Rédaction"},"datePublished":"2026-12-01"}</script></head>',
      ),
    );
    expect(report.author?.value).toBe('Rédaction');
    expect(report.date?.value).toBe('2026-12-01');
  });

  it('names the meta tag it read the date from', () => {
    for (const [attr, key] of [
      ['name', 'parsely-pub-date'],
      ['name', 'date'],
      ['itemprop', 'datePublished'],
    ]) {
      const report = prepared(signed('', '').replace('</head>', `<meta ${attr}="${key}" content="2026-11-28T09:15:00+01:00"></head>`));
      expect(report.date).toMatchObject({ value: '2026-11-28', evidence: `<meta ${attr}="${key}" content="2026-11-28T09:15:00+01:00">` });
    }
  });
});

describe('sign-up, search and comment boxes', () => {
  it('takes out a sign-up box with its prompt, and lists it line by line', () => {
    const html = page(
      `<main><h1>Un campus de calcul</h1>${text}<div class="nl">Recevez chaque matin l'essentiel. <input placeholder="Votre e-mail"> <button>Je m'inscris</button></div></main>`,
    );
    const read = readHtmlPage(html);
    expect(read.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
    expect(read.removed).toEqual([{ kind: 'newsletter', text: "Recevez chaque matin l'essentiel.\nJe m'inscris" }]);
  });

  it('takes the heading and prompt of a box whose form is inside it, and a comment form', () => {
    const html = page(
      `<article><h1>Un campus de calcul</h1>${text.replace('</p>\n', '</p>\n<section class="inscription"><h3>La lettre du matin</h3><p>Le meilleur de l’actualité, chaque jour à 7 heures.</p><form><input type="email" name="adresse"><button>OK</button></form></section>\n')}
      <div id="reagir"><h3>Réagir</h3><form><textarea name="message"></textarea><button>Publier</button></form></div></article>`,
    );
    const read = readHtmlPage(html);
    expect(read.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
    expect(read.removed).toEqual([
      { kind: 'newsletter', text: 'La lettre du matin\nLe meilleur de l’actualité, chaque jour à 7 heures.\nOK' },
      { kind: 'comments', text: 'Réagir\nPublier' },
    ]);
  });

  it('takes a box of three short paragraphs, and keeps Chinese and Japanese text unspaced around links', () => {
    const html = page(
      `<main><h1>Titre</h1>${text}<div class="nl"><p>Newsletter</p><p>Claves de la economía</p><p>Recibe cada mañana el análisis.</p><form><input type="email"><p><a href="/p">プライバシーポリシー</a>に同意の上、ご登録ください。</p><p>Conditions (<a href="/t">termes</a>) de « <a href="/l">La Lettre</a> ».</p></form></div></main>`,
    );
    expect(readHtmlPage(html).removed).toEqual([
      {
        kind: 'newsletter',
        text: 'Newsletter\nClaves de la economía\nRecibe cada mañana el análisis.\nプライバシーポリシーに同意の上、ご登録ください。\nConditions (termes) de « La Lettre ».',
      },
    ]);
  });

  it('takes only the form when its box has no name, so a sentence beside it stays', () => {
    const html = page(
      `<main><h1>Titre</h1>${text}<div class="fin"><p>Il n'a pas souhaité commenter davantage.</p><form><input type="email"><button>OK</button></form></div><div class="fin2"><p><em>Rectificatif : une version précédente donnait un autre coût.</em></p><form><textarea name="comment"></textarea><button>Publier</button></form></div></main>`,
    );
    const read = readHtmlPage(html);
    expect(read.blocks.map((b) => b.text).slice(1)).toEqual([
      ...PARAGRAPHS,
      "Il n'a pas souhaité commenter davantage.",
      'Rectificatif : une version précédente donnait un autre coût.',
    ]);
    expect(read.removed).toEqual([
      { kind: 'newsletter', text: 'OK' },
      { kind: 'comments', text: 'Publier' },
    ]);
  });

  it('leaves a menu beside a search field, and the article beside a sign-up form, where they are', () => {
    const search = page(
      `<header><nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav><form role="search"><input type="search"></form></header><main><h1>Titre</h1>${text}</main>`,
    );
    expect(readHtmlPage(search).removed).toEqual([]);
    // A brief of two paragraphs with a sign-up form in the same box: the box would be the whole article.
    const brief = page(`<h1>Titre</h1><div class="breve"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><form><input type="email"></form></div>`);
    expect(blocksOf(brief)).toEqual(PARAGRAPHS.slice(0, 2));
  });
});

describe('headings', () => {
  it('keeps a heading among the paragraphs whose class looks like page chrome ("header-anchor-post")', () => {
    const html = page(
      // Long enough that Readability does not read the page a second time, keeping what it dropped.
      `<h1>Titre</h1><div class="body markup">${text}<h3 class="header-anchor-post">Ce qui manque vraiment</h3>${text.replaceAll('.</p>', ', dit-on.</p>')}</div>`,
    );
    expect(blocksOf(html)).toContain('Ce qui manque vraiment');
  });
});

describe('the head of the article', () => {
  it('reads a line of spans under a headline that is no heading, and keeps none of it in the text', () => {
    const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>澜芯科技发布新一代AI训练芯片_数智网</title><meta property="og:title" content="澜芯科技发布新一代AI训练芯片"></head><body><div class="art_box"><div class="title">澜芯科技发布新一代AI训练芯片</div><div class="info"><span class="author">作者：林嘉怡</span><span class="time">2026年12月02日 09:15</span><span class="source">来源：数智前沿网</span><span class="cmt"><a href="#c">评论（128）</a></span></div><div class="art_con">${[
      '澜芯科技今天在上海发布了新一代人工智能训练芯片，公司称其单卡算力较上一代提升了三倍，澜芯科技今天在上海发布了新一代人工智能训练芯片，公司称其单卡算力较上一代提升了三倍。',
      '这款芯片采用新的封装工艺，功耗与上一代基本持平，首批产品预计明年第二季度交付客户，这款芯片采用新的封装工艺，功耗与上一代基本持平，首批产品预计明年第二季度交付客户。',
      '公司表示，已有三家云服务商签署了采购意向书，但没有透露具体的订单规模和交付数量，公司表示，已有三家云服务商签署了采购意向书，但没有透露具体的订单规模和交付数量。',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('')}</div></div></body></html>`;
    expect(blocksOf(html).join('\n')).not.toMatch(/作者|来源|评论/);
    const report = prepared(html);
    expect(report.author).toMatchObject({ value: '林嘉怡' });
    expect(report.date).toMatchObject({ value: '2026-12-02', time: '09:15' });
  });

  it("keeps a standfirst that the extraction dropped with the headline's box, but no caption", () => {
    const standfirst = 'Les riverains craignent que le projet ne prive la rivière voisine de son eau pendant les étés secs.';
    // Long enough that Readability does not read the page a second time, keeping what it dropped.
    const long = `${text}${text.replaceAll('.</p>', ', dit-on.</p>')}`;
    const html = page(
      `<div class="post"><div class="entry-header"><h2 class="entry-title">Un campus de calcul</h2><p class="standfirst">${standfirst}</p><figure><figcaption>Le terrain retenu pour le projet, vu depuis la route départementale.</figcaption></figure></div><div class="entry-content">${long}</div></div>`,
    );
    const blocks = blocksOf(html);
    expect(blocks[0]).toBe(standfirst);
    expect(blocks.join('\n')).not.toContain('Le terrain retenu');
    expect(blocks.slice(1)).toHaveLength(2 * PARAGRAPHS.length);
  });
});

describe('what is not the article head (review cases)', () => {
  const H1 = '<h1>Un campus de calcul près de Lannion</h1>';
  const at = (head: string, body = text) => page(`<main>${H1}${head}<div class="corps">${body}</div></main>`);

  it('adds no caption, teaser, list or quoted paragraph to the article a second time', () => {
    const caption =
      '<div class="hero"><img src="a.jpg" alt=""><div class="image-description">Des riverains manifestent devant la mairie lundi soir contre le projet.</div></div>';
    const teaser = '<div class="teaser"><a href="/x"><p>Le syndicat des eaux alerte sur des pénuries cet été, les réserves étant au plus bas.</p></a></div>';
    for (const head of [caption, teaser]) expect(blocksOf(at(head))).toEqual(PARAGRAPHS);
    const quoted = `<p>Le maire a qualifié le vote de <q>tournant</q> pour la commune et promis une étude sur l'eau.</p>`;
    const blocks = blocksOf(page(`<main>${H1}${quoted}${text}</main>`));
    expect(blocks.filter((b) => b.includes('tournant'))).toHaveLength(1);
  });

  it('keeps a sentence with an author link that does not end in a full stop, and takes no author from a card or a comment', () => {
    const sentence = 'Comme l’a constaté notre reporter <a rel="author" href="/a/jd">Jeanne Dupuis</a>, le conseil a posé trois conditions :';
    expect(blocksOf(at(`<p>${sentence}</p>`)).join('\n')).toContain('Comme l’a constaté notre reporter Jeanne Dupuis, le conseil a posé trois conditions :');
    const card = '<div class="inline-related"><a href="/y">Le syndicat des eaux alerte</a> <span class="author">Jeanne Roux</span></div>';
    const comment = '<div class="comment"><div class="comment-author vcard"><cite>Maria Keller</cite></div><div>merci pour cet article</div></div>';
    for (const html of [
      at(
        '',
        `${PARAGRAPHS.slice(0, 2)
          .map((p) => `<p>${p}</p>`)
          .join('')}${card}${PARAGRAPHS.slice(2)
          .map((p) => `<p>${p}</p>`)
          .join('')}`,
      ),
      at('', `${text}${comment}`),
    ])
      expect(prepared(html).author).toBeUndefined();
  });

  it("reads no author or date from another story's card between the paragraphs", () => {
    const card = '<div class="carte"><a href="/z">Le syndicat des eaux alerte sur des pénuries</a><span>Par Jean Roux</span><span>2 décembre 2026</span></div>';
    const report = prepared(
      at(
        '',
        `<p>${PARAGRAPHS[0]}</p>${card}${PARAGRAPHS.slice(1)
          .map((p) => `<p>${p}</p>`)
          .join('')}`,
      ),
    );
    expect(report.author).toBeUndefined();
    expect(report.date?.value).toBeUndefined();
  });
});

describe('files named .html that are not whole pages', () => {
  const prepare = (text: string) => {
    const result = prepareArticle(new TextEncoder().encode(text), 'saved.html', { ids: new Map(), slugs: new Set(), sources: new Set() }, () =>
      createEntityMatcher([]),
    );
    if (result.kind !== 'new') throw new Error('not prepared');
    return result;
  };

  it('reads a .html file that holds no markup as plain text, instead of crashing', () => {
    const result = prepare(`Un campus de calcul près de Lannion\n\n${PARAGRAPHS.join('\n\n')}\n`);
    expect(result.report.format).toBe('text');
    for (const p of PARAGRAPHS) expect(result.entry).toContain(p);
  });

  it('reads a fragment saved alone, without <html> or <body>', () => {
    expect(blocksOf(`<h1>Un campus de calcul près de Lannion</h1>${text}`)).toEqual(PARAGRAPHS);
  });
});

describe('the title', () => {
  const titled = (title: string, body: string, head = '') =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}<div class="corps">${text}</div></body></html>`;

  it("takes the heading that the page's <title> states beside the site's name, without the name", () => {
    const facts = readHtmlPage(titled('Un campus de calcul près de Lannion — Le Quotidien', '<h2 class="une">Un campus de calcul près de Lannion</h2>')).facts;
    expect(facts.title).toEqual({
      value: 'Un campus de calcul près de Lannion',
      evidence: "<h2>Un campus de calcul près de Lannion</h2>, as the page's <title> states it beside the site's name",
    });
    expect(readHtmlPage(titled('Le Quotidien | Un campus de calcul', '<h3>Un campus de calcul</h3>')).facts.title?.value).toBe('Un campus de calcul');
  });

  it("takes the publisher from the site's name beside the headline in <title> that its logo shows, not the copyright line's company", () => {
    const footer = '<footer>© 2026 Société Éditrice du Quotidien SAS. Tous droits réservés.</footer></body>';
    const html = titled(
      'Un campus de calcul près de Lannion | Économie | Le Quotidien',
      '<a class="logo" href="/">Le Quotidien</a><h1>Un campus de calcul près de Lannion</h1>',
    ).replace('</body>', footer);
    expect(readHtmlPage(html).facts.publisher).toEqual({
      value: 'Le Quotidien',
      evidence: '<title>Un campus de calcul près de Lannion | Économie | Le Quotidien</title>',
    });
    // What stands beside the headline but is not the site's own name ("Opinion", "Part 2", a date) is no publisher.
    for (const beside of ['Opinion', 'Part 2', '3 Dec 2026'])
      expect(
        readHtmlPage(titled(`Un campus de calcul près de Lannion | ${beside}`, '<h1>Un campus de calcul près de Lannion</h1>')).facts.publisher,
      ).toBeUndefined();
    // A title that does not hold the headline at one end names no site.
    expect(readHtmlPage(titled('Le Quotidien : toute l’actualité', '<h1>Un campus de calcul près de Lannion</h1>')).facts.publisher).toBeUndefined();
  });

  it('takes the <h1> over a kicker that the <title> states beside a shorter headline', () => {
    const html = titled(
      'Sécheresse – Un campus de calcul malgré la sécheresse',
      '<h3 class="kicker">Sécheresse</h3><h1>Un campus de calcul malgré la sécheresse, dit le maire</h1>',
    );
    expect(readHtmlPage(html).facts.title?.value).toBe('Un campus de calcul malgré la sécheresse, dit le maire');
  });

  it("never takes the site's name from a logo heading, nor a heading the title only happens to begin with", () => {
    const logo = titled(
      'Le Grand Quotidien de Bretagne | Campus à Lannion',
      '<h1 class="logo">Le Grand Quotidien de Bretagne</h1><h2>Campus à Lannion</h2>',
      '<meta property="og:site_name" content="Le Grand Quotidien de Bretagne">',
    );
    expect(readHtmlPage(logo).facts.title?.value).toBe('Campus à Lannion');
    // "Un campus" is not beside a separator in the title: the <h1> is the title, as before.
    expect(
      readHtmlPage(titled('Un campus de calcul près de Lannion', '<h1>Un campus de calcul près de Lannion</h1><h2>Un campus</h2>')).facts.title?.evidence,
    ).toBe('<h1>Un campus de calcul près de Lannion</h1>');
  });
});

describe('after the article', () => {
  it('removes a list of headlines under a related-links header, however long the list', () => {
    const items = [
      'Two injured in Sunday crash on Interstate 75 near the Findlay exit',
      'Millbrook High School names a new head football coach',
      'New bakery opens in the former bank building on Main Street',
    ];
    const html = page(`<main><h1>Titre</h1>${text}<h2>Les plus lus</h2><ol>${items.map((i) => `<li><a href="/x">${i}</a></li>`).join('')}</ol></main>`);
    const result = prepareArticle(new TextEncoder().encode(html), 'page.html', { ids: new Map(), slugs: new Set(), sources: new Set() }, () =>
      createEntityMatcher([]),
    );
    if (result.kind !== 'new') throw new Error('not prepared');
    expect(result.entry.slice(result.entry.indexOf('\n---\n'))).not.toContain('Millbrook');
    expect(result.report.removed).toContainEqual({ kind: 'related-links', text: items.join('\n') });
  });
});

describe('schema.org microdata', () => {
  const item = (headline: string, body: string) =>
    `<div itemscope itemtype="https://schema.org/NewsArticle"><h2 itemprop="headline">${headline}</h2>${body}</div>`;

  it("takes the article's headline, not a teaser's that comes first, over a <title> that shortens it", () => {
    const html = page(
      `<aside>${item('Un autre article', '<p>Court.</p>')}</aside><main>${item('Un campus de calcul près de Lannion attend son raccordement', text)}</main>`,
    );
    expect(readHtmlPage(html).facts.title?.value).toBe('Un campus de calcul près de Lannion attend son raccordement');
  });

  it("takes the publisher's name from its item, before the company a copyright line names", () => {
    const publisher = '<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Le Quotidien"></div>';
    const html = page(`<main>${item('Un campus de calcul', publisher + text)}</main><footer>© 2026 Quotidien Médias SAS</footer>`);
    expect(readHtmlPage(html).facts.publisher?.value).toBe('Le Quotidien');
  });

  it("takes the site's name from a <title> that shortens the headline, when a link home shows it as its logo", () => {
    const html = page(
      `<header><a href="/"><img src="/q.svg" alt="Le Quotidien"></a></header><main>${item('Un campus de calcul près de Lannion attend son raccordement', text)}</main><footer>© 2026 Quotidien Médias SAS</footer>`,
    ).replace('<title>Un campus de calcul</title>', '<title>Un campus de calcul | Le Quotidien</title>');
    expect(readHtmlPage(html).facts.publisher?.value).toBe('Le Quotidien');
    // Not shown as the page's name: the title's other part is not taken.
    expect(readHtmlPage(html.replace('alt="Le Quotidien"', 'alt=""')).facts.publisher?.value).toBe('Quotidien Médias SAS');
  });
});

describe('image captions', () => {
  const withFigure = (figure: string) => page(`<main><h1>Un campus de calcul</h1><article>${text.replace('</p>', `</p>${figure}`)}</article></main>`);

  it("takes out an image's caption and credit, each part on its own line of the removal list", () => {
    const html = withFigure(
      '<figure><img src="a.jpg" alt=""><figcaption><span class="c">Le chantier, mardi.</span><span class="credit">Photo : <a href="/p">M. Le Goff</a></span></figcaption></figure>',
    );
    const { blocks, removed } = readHtmlPage(html);
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
    expect(removed).toContainEqual({ kind: 'image-caption', text: 'Le chantier, mardi.\nPhoto : M. Le Goff' });
  });

  it('takes out a caption named so beside an image outside any <figure>', () => {
    const { blocks, removed } = readHtmlPage(withFigure('<div class="media"><img src="a.jpg" alt=""><p class="legende">Le site, vu du ciel.</p></div>'));
    expect(blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
    expect(removed).toContainEqual({ kind: 'image-caption', text: 'Le site, vu du ciel.' });
  });

  it("leaves a hero figure's headline and standfirst, a figure's paragraph that is no caption, and a class a tag gave", () => {
    const hero = page(
      `<main><figure class="hero"><img src="h.jpg" alt=""><figcaption><h1>Un campus de calcul près de Lannion</h1><p class="dek">Le projet divise la commune.</p></figcaption></figure><article>${text}</article></main>`,
    );
    expect(readHtmlPage(hero).removed.filter((r) => r.kind === 'image-caption')).toEqual([]);
    const paragraph = withFigure(
      '<figure><img src="a.jpg" alt=""><p>Le conseil municipal votera le projet en janvier prochain, a indiqué la mairie.</p></figure>',
    );
    expect(blocksOf(paragraph).join('\n')).toContain('Le conseil municipal votera le projet');
    const tagged = withFigure(
      '<div class="post tag-credit-suisse"><img src="b.jpg" alt=""><p class="tag-credit-suisse">La banque finance une partie du chantier, selon la préfecture.</p></div>',
    );
    expect(blocksOf(tagged).join('\n')).toContain('La banque finance une partie du chantier');
  });

  it('leaves a <figure> that holds a quotation, and a caption long enough to be an explanation', () => {
    const quote = '<figure><img src="q.jpg" alt=""><blockquote><p>Nous tiendrons les délais, a promis la préfète.</p></blockquote></figure>';
    expect(blocksOf(withFigure(quote)).join('\n')).toContain('Nous tiendrons les délais');
    const long = `<figure><img src="a.jpg" alt=""><figcaption>${'Le schéma montre le raccordement prévu au poste électrique. '.repeat(8)}</figcaption></figure>`;
    expect(blocksOf(withFigure(long)).join('\n')).toContain('Le schéma montre le raccordement');
  });
});

describe('schema.org microdata that is not the article', () => {
  it("takes no headline from a site header's item, and no site name from a title part a menu shows", () => {
    const html = page(
      `<header class="masthead" itemscope itemtype="https://schema.org/WPHeader"><p itemprop="headline">Le Quotidien</p><nav>Actualités Opinion Sport</nav></header><main><h1>Un campus de calcul près de Lannion attend son raccordement</h1><article>${text}</article></main><footer>© 2026 Quotidien Médias SAS</footer>`,
    ).replace('<title>Un campus de calcul</title>', '<title>Un campus de calcul | Opinion</title>');
    const { facts } = readHtmlPage(html);
    expect(facts.title?.value).toBe('Un campus de calcul près de Lannion attend son raccordement');
    expect(facts.publisher?.value).toBe('Quotidien Médias SAS');
  });
});
