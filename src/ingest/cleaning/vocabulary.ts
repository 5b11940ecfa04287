/**
 * The words page chrome is made of, in en, fr, de, es, zh and ja: what share
 * buttons, cookie banners, newsletter boxes, related-link headers, ad labels,
 * copyright lines and comment counters say on any site. Each pattern describes
 * a kind of UI string, not a site; the classifier (classify.ts) decides with
 * length and position whether a block that matches is chrome.
 */
import type { RemovalKind } from './rules.ts';

export interface UiPattern {
  kind: RemovalKind;
  pattern: RegExp;
  /** A block longer than this (in characters) is prose that merely mentions the words. */
  maxChars: number;
}

// Word boundary that also works next to CJK text.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const SOCIAL =
  'facebook|twitter|x\\.com|linkedin|whatsapp|telegram|reddit|xing|pinterest|threads|bluesky|mastodon|flipboard|e-?mail|mail|微信|微博|朋友圈|QQ空间|QQ|LINE|はてな(?:ブックマーク)?|카카오톡|카카오스토리|밴드';

export const UI_PATTERNS: readonly UiPattern[] = [
  // Cookie and consent banners are long sentences, so they match by content, not by shortness.
  {
    kind: 'cookie-notice',
    pattern: new RegExp(
      `${B}cookies?${E}.*(?:accept|consent|agree|einwillig|zustimm|akzeptier|accepter|consentement|acept|consentimiento|同意|設定|settings|einstellungen|paramètres|configuración|we use|wir (?:verwenden|nutzen|setzen)|nous utilisons|utilizamos|usamos|akkoord|accepteren|toestemming|wij gebruiken|accetta|consenso|utilizziamo|aceitar|consentimento)|(?:accept all|alle akzeptieren|tout accepter|aceptar todo|aceptar todas|接受全部|すべて(?:の)?(?:cookie|クッキー)?を?(?:許可|受け入れ|同意))|(?:verwendet|verwenden|nutzt|nutzen|setzen|utilise|utilisons|utiliza|utilizamos|usamos|usa|uses|use|gebruiken|gebruikt|utilizziamo|usiamo|utilizza)\\s+(?:[\\p{L}-]+\\s+){0,3}cookies?|(?:本(?:网|網)站使用|我们使用|当サイトでは).{0,20}(?:cookie|クッキー)`,
      'iu',
    ),
    maxChars: 700,
  },
  {
    kind: 'share',
    pattern: new RegExp(
      `分享给(?:更多)?(?:朋友|好友)|^点个?[“"]?(?:在看|赞)|^(?:share|share (?:this|on|via)|teilen|artikel teilen|diesen artikel teilen|partager|partager (?:sur|cet article|l'article)|compartir|compartir en|comparte|comparte en|compártelo|分享|分享到|一键分享|转发|シェア|共有|ツイート|공유하기|공유|tweet|copy link|link kopieren|copier le lien|copiar enlace|复制链接|リンクをコピー)${E}|^(?:(?:${SOCIAL})[\\s|·•,/]*){2,}$`,
      'iu',
    ),
    maxChars: 120,
  },
  {
    kind: 'newsletter',
    pattern: new RegExp(
      `newsletter|${B}(?:subscribe|sign up|abonnieren|jetzt abonnieren|abonnez-vous|abonnez|s'abonner|inscrivez-vous|suscr[ií]bete|suscribirse|suscripci[óo]n|订阅|訂閱|購読|メルマガ)${E}|enter your e-?mail|e-mail-adresse eingeben|votre adresse e-?mail|tu correo electr[óo]nico|请输入(?:您的)?邮箱|メールアドレスを入力`,
      'iu',
    ),
    maxChars: 260,
  },
  {
    kind: 'related-links',
    pattern: new RegExp(
      `^(?:related(?: (?:articles?|stories|posts|coverage|news|reading))?|read (?:more|also|next)|more (?:from|on|about|stories|news)|more like this|see also|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular)|trending|mehr (?:lesen|zum thema|dazu|aus dem ressort)|lesen sie (?:auch|mehr)|auch interessant|das könnte sie (?:auch )?interessieren|meistgelesen|weitere artikel|lire (?:aussi|la suite|plus)|à lire (?:aussi|également)|sur le même sujet|les plus lus|nos articles|voir aussi|lee (?:también|más)|leer más|m[áa]s informaci[óo]n|te puede interesar|noticias relacionadas|lo m[áa]s le[íi]do|tambi[ée]n te puede interesar|相关(?:推荐|阅读|文章|新闻|报道|链接|专题)|推荐阅读|延伸阅读|热门(?:文章|推荐|新闻)?|猜你喜欢|往期推荐|往期回顾|更多(?:精彩|新闻|阅读)|关联記事|関連記事|関連ニュース|あわせて読みたい|おすすめ記事|人気記事|アクセスランキング|관련기사|관련 기사|많이 본 뉴스|추천 기사)${E}`,
      'iu',
    ),
    maxChars: 200,
  },
  {
    kind: 'advertisement',
    pattern:
      /^(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|werbung|gesponsert|publicité|pub|contenu sponsorisé|publicidad|patrocinado|广告|推广|広告|PR|スポンサーリンク|광고)$/iu,
    maxChars: 40,
  },
  // A paywall's notice: "Cet article est réservé aux abonnés.", "Nur für Abonnenten". Only as the whole
  // line or sentence, so "Le parking sera réservé aux abonnés du réseau" stays.
  {
    kind: 'promo',
    pattern: new RegExp(
      `^(?:(?:cet article|ce contenu|l'article|this (?:article|story|content)|dieser (?:artikel|beitrag|inhalt)|este (?:artículo|contenido)|本文|该文章?|この記事)\\s*(?:est|is|ist|es|为|は)?\\s*)?(?:réservée? aux abonnés|(?:available )?(?:to |for )?subscribers only|exclusive (?:to|for) subscribers|(?:nur|exklusiv) für abonnenten|(?:exclusivo|solo|sólo) para (?:suscriptores|abonados)|会员专享|付费(?:内容|阅读)|有料会員限定)\\s*(?:[.!。：:]|$)`,
      'iu',
    ),
    maxChars: 200,
  },
  {
    kind: 'copyright',
    pattern: new RegExp(
      `^(?:©|ⓒ|\\(c\\)|copyright${E}|版权所有|版權所有|著作権|無断転載)|무단전재|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|版权所有|未经授权|禁止转载|无断转载|無断転載を禁(?:じ|止)|本文由.{1,30}原创出品|本文(?:来自|转载自).{1,40}`,
      'iu',
    ),
    maxChars: 240,
  },
  {
    kind: 'comments',
    pattern: new RegExp(
      `^(?:\\d[\\d.,]*\\s*(?:comments?|kommentare?|beiträge|commentaires?|comentarios?|条?评论|コメント)|(?:comments?|kommentare?|commentaires?|comentarios?|评论|コメント)\\s*\\(?\\d[\\d.,]*\\)?|(?:leave|post|add|view|show|read) (?:a |all |the )?comments?|kommentare? (?:lesen|anzeigen|schreiben)|zum forum|jetzt kommentieren|kommentieren|laisser un commentaire|réagir|commenter|voir les commentaires|deja (?:un|tu) comentario|comentar|ver comentarios|发表评论|写评论|查看评论|评论区|コメントを(?:書く|見る|投稿)|コメントする)${E}`,
      'iu',
    ),
    maxChars: 80,
  },
  {
    kind: 'navigation',
    pattern:
      /^(?:skip to (?:main )?content|skip navigation|zum inhalt springen|direkt zum inhalt|aller au contenu(?: principal)?|passer au contenu|saltar al contenido(?: principal)?|ir al contenido|跳到主要内容|跳转到正文|メインコンテンツへ(?:移動|スキップ)|本文へ(?:移動|スキップ)|menu|menü|home|startseite|accueil|inicio|portada|首页|首頁|ホーム|トップ|search|suche|rechercher|buscar|搜索|検索|log ?in|sign in|anmelden|se connecter|connexion|iniciar sesión|entrar|登录|登錄|ログイン|register|registrieren|s'inscrire|registrarse|注册|新規登録|back to top|nach oben|retour en haut|volver arriba|返回顶部|ページの先頭へ|ページトップへ|previous|next|zurück|weiter|précédent|suivant|anterior|siguiente|上一篇|下一篇|前の記事|次の記事|전체메뉴|메뉴|로그인|회원가입|검색|홈)$/iu,
    maxChars: 40,
  },
  {
    kind: 'ui-control',
    pattern:
      /^(?:print|drucken|imprimer|imprimir|打印|印刷|listen(?: to (?:this )?article)?|vorlesen|artikel anhören|écouter(?: l'article| cet article)?|escuchar(?: (?:la )?noticia)?|收听|音声で聞く|font size|schriftgröße|taille du texte|tamaño de (?:la )?letra|字号|文字サイズ|bookmark|merken|sauvegarder|guardar|收藏|保存|ブックマーク|A ?A ?A|A\+ ?A-|close|schließen|fermer|cerrar|关闭|閉じる|show more|mehr anzeigen|afficher plus|mostrar más|展开全文|展开|查看更多|もっと見る|続きを読む|글자크기|인쇄|스크랩|ver más|weiterlesen|lire la suite|read the full (?:story|article)|点击查看)$/iu,
    maxChars: 40,
  },
];

/** "Home › Tech › AI", "Accueil / Économie / Tech", "IT·과학 > 인공지능": crumbs joined by arrows (two or more), or by bars and slashes (three or more). */
export const BREADCRUMB = /^(?:(?:[^›»>/|→\n]{1,40}(?:\s*[›»>→|]\s*|\s+\/\s+)){2,}|[^›»>/|→\n]{1,40}\s*[›»>→]\s*)[^›»>/|→\n]{1,80}$/u;

/** A menu: three or more short items separated by "|", "·" or "•" ("News | Tech | Science"). */
export const MENU = /^(?:[^|·•\n]{1,25}\s[|·•]\s){2,}[^|·•\n]{1,25}$/u;

/** "Tags: AI, Microsoft", "Schlagwörter: …", "标签：…" */
export const TAGS =
  /^(?:tags?|schlagw(?:ö|oe)rter|themen|stichw(?:ö|oe)rter|mots[- ]cl[ée]s|étiquettes|sujets|etiquetas|temas|archivado en|标签|關鍵詞|关键词|キーワード|タグ)\s*[:：]/iu;

/** "Lesezeit: 3 Min.", "5 min read", "Temps de lecture 3 min", "读完需要3分钟": a reading-time label. */
export const READING_TIME =
  /^(?:(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|読了時間|阅读时间|预计阅读)\s*[:：]?\s*(?:ca\.\s*)?\d+\s*(?:min(?:ute[ns]?|utos)?\.?|分钟?)|\d+\s*(?:min(?:ute)?s?\.?)\s*(?:read|lesezeit|de lecture|de lectura))$/iu;

/** "142", "1.2K", "3,5万": a bare counter (likes, shares, views). */
export const COUNTER = /^(?!(?:19|20)\d{2}$)[\d.,]+\s*[KkMm万千]?$/u;

/** The kind of UI string a block is, when it is one. */
export function uiKind(block: string): RemovalKind | undefined {
  const text = block.trim();
  for (const { kind, pattern, maxChars } of UI_PATTERNS) {
    if (text.length <= maxChars && pattern.test(text)) return kind;
  }
  if (TAGS.test(text) && text.length <= 300) return 'tag-line';
  if (READING_TIME.test(text) || COUNTER.test(text)) return 'ui-control';
  if (text.length <= 200 && (BREADCRUMB.test(text) || MENU.test(text)) && !/[.!?。！？]$/u.test(text)) return 'navigation';
  return undefined;
}

/** A line that opens a list of related links: the short lines after it are links too. */
export const isRelatedHeader = (block: string) => uiKind(block) === 'related-links' && block.trim().length <= 40;
