"""Navigation and widget junk: "Most Popular", "Load more", share buttons, cookie notices, ...

Each rule is a whole-line pattern with a reason slug, so a body sentence that merely contains
"share" or "subscribe" never matches; only short lines are considered. Longer prompts (cookie
banners, newsletter boxes) must address the reader ("we use cookies", "your inbox"), so a
news paragraph about cookies or newsletters stays.

Most lines of a page match nothing, so the filter first reads each short line cheaply: folded
once, it is looked up among the labels (and among how the open patterns start); only a line
that is a label, starts like one, or has an arrow, a digit or a count at an end is tried
against the rules' patterns. The longer rules look only at the lines that hold what they need
(a separator, "cookie", a newsletter word), found by a few reads of the whole page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from ..pipeline import BaseFilter, Context, Decision, drop
from ..scan import WHITESPACE, Needles, Prefixes, aligned, expand, fold, kept_at
from ..textstats import count_words

_COUNT_BODY = r"\s*[(\[]?\s*\d[\d,.]*\s*[kKmM]?\s*[)\]]?"
_COUNT = rf"(?:{_COUNT_BODY})?"
_ARROWS = r"[\s»›>→←↑↓⬆‹«<…:.!+|▸▶►⟩\-]*"
# A capitalised section or publication name: "Video", "Hill.TV", "The Hill", "Politics".
_CAP_WORD = r"(?-i:[\p{Lu}\d])[\w&'’-]*(?:\.[\w&'’-]+)*"
_NAME = rf"{_CAP_WORD}(?: (?:&|and|of|the|{_CAP_WORD})){{0,5}}"
# "See all Video", "View all stories": a capitalised section or a plural noun, never a sentence.
_SEE_ALL = (
    rf"(?:see|view) all(?:\s+(?:{_CAP_WORD}|stories|news|articles|posts|photos|videos"
    r"|galleries|results|comments|topics|episodes|events|reviews)){0,6}"
)

_DIGIT = r"\d"  # an open pattern that starts with any digit
_ALL_ARTICLES = (
    "alle artikel", "alle beiträge", "tous les articles", "todos los artículos",
    "tutti gli articoli", "todos os artigos", "alle artikelen", "все статьи",
)  # fmt: skip
# "comments" in the languages of the stopword lists, as a count's noun: "3 Kommentare".
COMMENT_WORDS = (
    r"(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|commento"
    r"|reacties|reactie|kommentarer?|komentarz[ey]?|комментари[йяи]?)"
)

# (reason slug, labels, open patterns). Matching is case-insensitive, on the whole line, allowing
# a count ("Comments (12)") and arrows or dots around it. Labels are finite alternatives (optional
# parts, letter choices: "leer m[aá]s"), expanded once into a lookup table; open patterns are
# regexes for the open-ended ones, each with the words every match of it starts with.
_RULES: tuple[tuple[str, str, tuple[tuple[tuple[str, ...], str], ...]], ...] = (
    (
        "more_link",
        r"load more|show more|read more|see more|view more|more stories|more news"
        r"|more articles|continue reading|read full (?:story|article)|read the full (?:story|article)"
        r"|(?:click|tap) here (?:to (?:read|see|view) more|for more)"
        r"|mehr laden|mehr anzeigen|weiterlesen|mehr lesen|lire la suite|voir plus|afficher plus"
        r"|en savoir plus|charger plus|leer m[aá]s|ver m[aá]s|cargar m[aá]s|seguir leyendo"
        r"|leggi (?:di piu|di più|tutto|anche)|mostra (?:altro|di più)|carica altri|leia mais|ver mais"
        r"|carregar mais|lees meer|meer laden|toon meer|читать (?:далее|дальше|полностью)"
        r"|показать (?:ещё|еще|больше)|загрузить ещё|подробнее|阅读更多|阅读全文|加载更多|查看更多|更多"
        r"|もっと見る|続きを読む|さらに表示",
        (),
    ),
    (
        "see_all",
        r"alle anzeigen|voir tout|ver todo|vedi tutti|ver todos|bekijk alles|смотреть все|查看全部",
        (
            (("see all", "view all"), rf"{_SEE_ALL}(?:\s+{_SEE_ALL})*"),
            # "Alle Artikel zum Thema Hafen", "Tous les articles sur l'Europe": a link to
            # a section's list, in the other languages of the stopword lists.
            (
                _ALL_ARTICLES,
                rf"(?:{'|'.join(_ALL_ARTICLES)})(?:\s+[\w'’-]+){{0,4}}",
            ),
        ),
    ),
    (
        "popular_list",
        r"most popular|most read|most viewed|most shared|most emailed|most commented"
        r"|popular (?:now|stories|articles|posts)|top stories|editor'?s picks|meistgelesen"
        r"|meistgelesene artikel|am meisten gelesen|les plus lus|les plus populaires|lo m[aá]s le[ií]do"
        r"|m[aá]s le[ií]das|m[aá]s populares|i pi[uù] letti|pi[uù] lett[ie]|mais lidas|mais lidos"
        r"|meest gelezen|популярное|самое читаемое|самое популярное|热门|热门文章|最热|人気記事|ランキング",
        (
            (
                ("most popular ", "most read ", "popular "),
                rf"(?:most popular|most read|popular) (?:in|on) (?:{_NAME}|[a-z]+(?: [a-z&]+){{0,2}})",
            ),
        ),
    ),
    (
        "trending",
        r"trending|trending now|trending stories|trending topics|in trend|tendances"
        r"|tendencias|di tendenza|em alta",
        (),
    ),
    (
        "related_links",
        r"related|related (?:articles|stories|posts|content|news|coverage|links|reading|topics)"
        r"|more on (?:this|that) (?:story|topic)|you may also like|you might also like"
        r"|you may (?:also )?be interested in"
        r"|further reading|see also|also read|read also|read next|up next|what to read next"
        r"|ähnliche artikel|mehr zum thema|das könnte sie auch interessieren|à lire aussi|lire aussi"
        r"|weiterführende links?|weiterführender link"
        r"|sur le même sujet|art[ií]culos relacionados|noticias relacionadas|te puede interesar"
        r"|articoli correlati|potrebbe interessarti|leia também|veja também|notícias relacionadas"
        r"|gerelateerde artikelen|lees ook|читайте также|по теме|相关文章|相关阅读|相关新闻|関連記事|関連ニュース",
        (
            (
                ("more from ", "more in ", "more on ", "more about "),
                rf"more (?:from|in|on|about) (?:the |our )?{_NAME}",
            ),
        ),
    ),
    (
        "recommended",
        r"recommended|recommended for you|recommended stories|sponsored stories"
        r"|promoted stories|from (?:around|across) the web|empfohlen|recommandé|recomendado"
        r"|consigliati|aanbevolen|рекомендуем|推荐|おすすめ",
        (),
    ),
    (
        "comments_count",
        r"comments?|view comments|show comments|leave a (?:comment|reply)"
        r"|post a comment|add a comment|join the (?:conversation|discussion)|kommentare|commentaires"
        r"|comentarios|commenti|comentários|reacties|комментарии|评论|コメント",
        (((_DIGIT,), rf"\d[\d,.]*\s+{COMMENT_WORDS}"),),
    ),
    (
        "share_button",
        r"share|shares|tweet|pin it|whatsapp|facebook|twitter|linkedin|reddit|pinterest"
        r"|email|e-mail|print|(?:share|email|e-mail|print|send) this(?: article| story| page| post)?"
        r"|save|saved|save (?:this )?(?:article|story|for later)|bookmark|gift (?:this )?(?:article|story)"
        r"|copy link|copy the link|link copied|send|teilen|drucken|partager|imprimer|compartir"
        r"|imprimir|condividi|stampa|compartilhar|partilhar|delen|printen|поделиться|печать|分享"
        r"|打印|シェア|ツイート|like|like this|gef[äa]llt mir|j'aime|me gusta|mi piace|curtir"
        r"|vind ik leuk|нравится",
        (
            (
                ("share ",),
                r"share (?:this (?:article |story |page |post )?)?(?:on|via|with|to) [\w ]{1,20}",
            ),
            (("facebook twitter",), r"facebook twitter(?: \w+){0,4}"),
        ),
    ),
    (
        "follow_prompt",
        r"follow|unfollow|follow topic|follow this (?:topic|author|story)"
        r"|like us on facebook|folgen sie uns|suivez-nous|s[ií]guenos|seguici|siga-nos|volg ons"
        r"|подписывайтесь на нас|关注我们",
        (
            (("follow ",), r"follow us(?: on [\w ]{1,30})?"),
            (("follow ",), r"follow (?:@?[\w.]+ )?on (?:twitter|facebook|instagram|x)"),
        ),
    ),
    (
        "newsletter_prompt",
        r"newsletters?|sign up(?: now| today| for free)?"
        r"|enter your e-?mail(?: address)?|your e-?mail(?: address)?|newsletter abonnieren"
        r"|inscrivez-vous à (?:notre|la) newsletter|suscr[ií]bete a (?:nuestro|la) newsletter"
        r"|iscriviti alla newsletter|assine a newsletter|schrijf je in voor de nieuwsbrief"
        r"|подпишитесь на рассылку|订阅",
        (
            (
                ("sign up ", "subscribe ", "register "),
                r"(?:sign up|subscribe|register) (?:for|to) (?:our|the) [\w ]{0,30}newsletters?",
            ),
            (("get our ", "get the "), r"get (?:our|the) [\w ]{0,30}newsletter"),
        ),
    ),
    (
        "subscribe_prompt",
        r"subscribe(?: now| today| here)?|subscribers? only|(?:click|tap) here to subscribe"
        r"|become a (?:member|subscriber)|support (?:our|independent) journalism|donate"
        r"|abonnieren|jetzt abonnieren|abonnez-vous|s'abonner|suscr[ií]bete|suscribirse|abbonati"
        r"|assine|assinar|abonneer|подписаться|оформить подписку",
        (
            (
                ("subscribe to ",),
                rf"subscribe to (?:{_NAME}|(?:our|the) [\w ]{{0,30}}(?:channel|podcast|feed|alerts"
                r"|magazine|edition|newspaper|paper))",
            ),
        ),
    ),
    (
        "login_prompt",
        r"sign in|log ?in|log ?out|sign out|register|create (?:an )?account|my account"
        r"|anmelden|einloggen|se connecter|connexion|iniciar sesi[oó]n|accedi|entrar|inloggen"
        r"|войти|登录|注册|ログイン",
        ((("already ",), r"already (?:a subscriber|have an account)\W*(?:sign in|log ?in)?"),),
    ),
    (
        "advertisement",
        r"advertisement|advertising|advert|ad|ads|sponsored|sponsored content"
        r"|paid content|partner content|promoted|skip (?:ad|advertisement)"
        r"|(?:story|article) continues below(?: (?:this )?advert(?:isement)?)?"
        r"|continue reading (?:the main story|below)"
        r"|anzeige|werbung|publicit[ée]|publicidad|publicidade"
        r"|pubblicit[aà]|advertentie|реклама|广告|広告|スポンサーリンク",
        (
            (
                ("advertisement", "scroll to continue"),
                r"(?:advertisement\W*)?scroll to continue(?: reading| with content)?",
            ),
        ),
    ),
    (
        "player_control",
        r"listen|listen to (?:this|the) (?:article|story)|listen now|play|play video|pause|mute"
        r"|unmute|watch|watch now|watch live|watch video|replay|artikel anh[öo]ren|[ée]couter"
        r"|escuchar|ascolta|ouvir",
        (),
    ),
    (
        "skip_link",
        r"skip to (?:main )?(?:content|navigation|search|footer)|skip navigation"
        r"|jump to (?:content|navigation)|zum inhalt(?: springen)?|aller au contenu(?: principal)?"
        r"|saltar al contenido|vai al contenuto|ir para o conte[uú]do|naar de inhoud",
        (),
    ),
    (
        "back_to_top",
        r"back to top|to top|top of page|return to top|nach oben|zurück nach oben"
        r"|retour en haut(?: de (?:la )?page)?|volver arriba|torna su|voltar ao topo|terug naar boven"
        r"|наверх|返回顶部|トップへ戻る|ページトップへ",
        (),
    ),
    (
        "menu_label",
        r"menu|main menu|navigation|search|search for|close|open|toggle navigation"
        r"|home|homepage|sections|all sections|next|previous|prev|next article|previous article"
        r"|next story|previous story|more|hauptmenü|suche|suchen|recherche|rechercher|buscar"
        r"|b[uú]squeda|cerca|pesquisar|zoeken|меню|поиск|главная|首页|菜单|搜索|メニュー|検索|ホーム"
        r"|(?:loading|lade|wird geladen|chargement|cargando|caricamento|carregando|загрузка)"
        r"(?:\.\.\.|…)?",
        (),
    ),
    (
        "cookie_notice",
        r"accept(?: all)?(?: cookies)?|reject(?: all)?|allow (?:all )?cookies"
        r"|manage (?:cookies|preferences|settings|consent)|cookie (?:settings|preferences|policy)"
        r"|i agree|i accept|got it|agree and close|alle akzeptieren|akzeptieren|tout accepter"
        r"|accepter|aceptar(?: todo)?|accetta(?: tutto)?|aceitar|accepteren|принять",
        (),
    ),
)

# Every character the arrows around a label may be (``_ARROWS``, with all of ``\s``): a line
# stripped of them starts and ends with its label, which starts and ends with a letter.
_EDGE = "»›>→←↑↓⬆‹«<…:.!+|▸▶►⟩-" + WHITESPACE
# Searched from the end ((?r)): the same span as a forward search, without rescanning a long
# run of digits from each of its positions when something else ends the line.
_COUNT_TAIL = regex.compile(rf"(?r){_COUNT_BODY}$")
_LINE_RULES = tuple(
    (
        slug,
        regex.compile(
            rf"^{_ARROWS}(?:{'|'.join([labels, *(p for _, p in patterns)])}){_COUNT}{_ARROWS}$",
            regex.IGNORECASE,
        ),
    )
    for slug, labels, patterns in _RULES
)
# Folded label -> the first rule that has it; first letters of open patterns -> their rules.
_LABEL_RULE: dict[str, int] = {}
_OPEN_RULES: dict[str, list[tuple[str, int]]] = {}
_DIGIT_RULES: list[int] = []
for _rule, (_slug, _labels, _patterns) in enumerate(_RULES):
    for _label in expand(_labels):
        _LABEL_RULE.setdefault(fold(_label), _rule)
    for _prefixes, _pattern in _patterns:
        for _prefix in _prefixes:
            if _prefix == _DIGIT:
                _DIGIT_RULES.append(_rule)
            else:
                _OPEN_RULES.setdefault(fold(_prefix)[:1], []).append((fold(_prefix), _rule))


_LABEL_DETAILS = {slug: f"whole line matches the {slug} labels" for slug, _, _ in _RULES}
_LABEL_DECISIONS = [(slug, _LABEL_DETAILS[slug]) for slug, _, _ in _RULES]
_OPEN_WIDTH = min(len(p) for starts in _OPEN_RULES.values() for p, _ in starts)
_OPEN_STARTS = frozenset(p[:_OPEN_WIDTH] for starts in _OPEN_RULES.values() for p, _ in starts)
_EDGE_CHARS = frozenset(_EDGE)
# A count ends in one of these ("(12)", "[3]", "12,", "1.2k"), before the arrows.
_COUNT_ENDS = frozenset(")],km0123456789")
# A line whose folded text is no label and starts like no open pattern may still be junk when
# it starts with an arrow or a digit, or ends with an arrow or a count (or, in another script,
# with a digit): those lines take the careful way.
_ODD_FIRSTS = _EDGE_CHARS | frozenset("0123456789")
_ODD_LASTS = _EDGE_CHARS | _COUNT_ENDS
# What a count is made of, but for non-ASCII digits and "k"/"m" ("1.2k"): ``str.rstrip``
# takes a count off a label with these.
_COUNT_CHARS = "0123456789()[],." + WHITESPACE


def _line_key(line: str, quick: bool) -> str:
    """``line`` stripped of arrows and folded: what labels are looked up by.

    ``quick``: the page has no "İ" (or combining dot), so ``str.casefold`` is ``fold``.
    """
    if line[:1] in _EDGE_CHARS or line[-1:] in _EDGE_CHARS:
        line = line.strip(_EDGE)
    return line.casefold() if quick else fold(line)


def _may_be_label(key: str) -> bool:
    """Can a line whose key is ``key`` match a label rule? True for every line that can.

    It is a label, starts like an open pattern, is a count of comments, or is a label and a
    count. A count of ASCII digits comes off with ``str.rstrip``, then a "k" or "m" ("1.2k")
    with more digits; a digit of another script leaves the line to ``_label_reason``.
    """
    if key in _LABEL_RULE or key[:_OPEN_WIDTH] in _OPEN_STARTS:
        return True
    if key[:1].isdigit() and "comment" in key:
        return True
    last = key[-1:]
    if last not in _COUNT_ENDS and not last.isdigit():
        return False
    bare = key.rstrip(_COUNT_CHARS)
    if bare[-1:] in ("k", "m"):
        if bare in _LABEL_RULE:
            return True
        bare = bare[:-1].rstrip(_COUNT_CHARS)
    return bare in _LABEL_RULE or not bare[-1:].isascii()


def _label_reason(text: str, key: str | None = None) -> str | None:
    """The slug of the first rule whose whole-line pattern ``text`` matches, else None.

    Only the rules that can match are tried: the one whose label the line is once arrows and a
    count are set aside, and those whose open pattern starts the line. ``key`` is the line
    stripped of arrows and folded (``fold``), when the caller has it.
    """
    if key is None:
        key = fold(text.strip(_EDGE))
    rules = []
    rule = _LABEL_RULE.get(key)
    if rule is not None:
        rules.append(rule)
    if key[:_OPEN_WIDTH] in _OPEN_STARTS:
        rules.extend(rule for start, rule in _OPEN_RULES[key[:1]] if key.startswith(start))
    last = key[-1:]
    if last in _COUNT_ENDS or last.isdigit():
        count = _COUNT_TAIL.search(key)
        rule = _LABEL_RULE.get(key[: count.start()]) if count is not None else None
        if rule is not None:
            rules.append(rule)
    if key[:1].isdigit():
        rules.extend(_DIGIT_RULES)
    for rule in sorted(set(rules)):
        slug, pattern = _LINE_RULES[rule]
        if pattern.match(text):
            return slug
    return None


# "Read more: Brexit talks stall again": a label and the headline of another story.
_TEASER_LABELS = (
    r"read more|read also|also read|see also|read next|more on this|lesen sie auch"
    r"|lesen sie mehr|mehr zum thema|lire aussi|à lire aussi|lea también|lee también|leggi anche"
    r"|leia também|leia mais|lees ook|читайте также"
    r"|related(?: (?:post|article|story|content|coverage|reading|video)s?)?|see more"
)
_TEASER = regex.compile(rf"^(?:{_TEASER_LABELS})\s*[:|»›]\s+\S", regex.IGNORECASE)
_MAX_TEASER_WORDS = 20
TEASER_DETAIL = "a label and a link to another story"  # one teaser, not a list's heading
_BREADCRUMB = regex.compile(r"^[^\n>»›/|]{1,40}(?:\s+[>»›/|]\s+[^\n>»›/|]{1,40}){1,7}$")
_TRAIL_SPLIT = regex.compile(r"\s+[>»›/|]\s+")
# A trail joined by "/" or "|" ("London / Paris") is only a breadcrumb from a home link, or long.
_HOME = regex.compile(
    r"^(?:home|homepage|start|startseite|accueil|inicio|portada|início|home page|главная|首页"
    r"|ホーム|news|nachrichten|noticias|notizie|notícias|nieuws|новости)$",
    regex.IGNORECASE,
)
_MIN_FLAT_TRAIL_PARTS = 4
_COOKIE_WORD = regex.compile(r"(?<![a-z])cookies?(?![a-z])|クッキー", regex.IGNORECASE)
# A consent banner speaks to the reader ("we", "you", "this site"), in any of the languages.
_READER = regex.compile(
    r"\b(?:we|we're|we’re|our|us|you|your|this (?:web)?site|wir|unsere?[mnrs]?|sie|ihnen|ihre?"
    r"|diese (?:web)?seite|diese website|nous|notre|nos|vous|votre|vos|ce site|utilizamos|usamos"
    r"|nuestr[oa]s?|este sitio|usted|utilizziamo|usiamo|nostr[oi]|questo sito|tua|tuo|vostr[oa]"
    r"|nosso|nossa|este site|você|wij|onze|deze (?:web)?site|uw|jouw|мы|наш|вы|ваш)\b"
    r"|本网站|我们|您|当サイト|本サイト",
    regex.IGNORECASE,
)
_CONSENT = regex.compile(
    r"\b(?:use|uses|used|using|accept|consent|experience|policy|agree|continu\w*|settings"
    r"|preferences|usa|usam|verwende\w*|nutz\w*|akzeptier\w*|einwilligung|zustimm\w*|datenschutz"
    r"|utilis\w*|accept\w*|consentement|utiliz\w*|usamos|acept\w*|consentimiento|utilizziamo"
    r"|usiamo|consenso|gebruik\w*|toestemming|использу\w*|согласи\w*)\b"
    r"|使用|利用|同意",
    regex.IGNORECASE,
)
_NEWSLETTER = regex.compile(
    r"(?:^|[.!?]\s+)\W*(?:sign up|subscribe|register|get|enter|join|want)\b.{0,80}"
    r"\b(?:newsletters?|inbox|e-?mail|updates|alerts)\b"
    r"|\b(?:delivered|sent) (?:straight |directly )?to your inbox\b",
    regex.IGNORECASE,
)
_MAX_WORDS = 12
_MAX_PROMPT_WORDS = 60
# What the longer rules need: a separator between spaces for a breadcrumb, a separator after
# its label for a teaser, "cookie" for a cookie notice, a newsletter word for a newsletter
# prompt.
_TRAIL_SEPARATORS = ">»›/|"
_TEASER_SEPARATORS = ":|»›"
_TEASER_STARTS = Prefixes(expand(_TEASER_LABELS), caseless=True)
_COOKIE_NEEDLES = Needles(["クッキー"], caseless=["cookie"])
# "Found a mistake? Select it and press Ctrl+Enter": a typo-report widget, in any language.
_TYPO_NEEDLES = Needles(["trl", "TRL"])  # "Ctrl", "ctrl", "CTRL"
_TYPO = regex.compile(r"ctrl\s*\+\s*enter", regex.IGNORECASE)
_NEWSLETTER_NEEDLES = Needles(
    caseless=["newsletter", "inbox", "email", "e-mail", "updates", "alerts"]
)
# The other half of a newsletter prompt: a verb ("Sign up", "Get ...") or "delivered/sent to".
_NEWSLETTER_VERBS = Needles(
    caseless=[
        "sign up",
        "subscribe",
        "register",
        "get",
        "enter",
        "join",
        "want",
        "delivered",
        "sent",
    ]
)


def junk_reason(text: str) -> tuple[str, str] | None:
    """``(reason slug, detail)`` when the line is navigation or widget junk, else None.

    >>> junk_reason("Most Popular"), junk_reason("Comments (12)")[0]
    (('popular_list', 'whole line matches the popular_list labels'), 'comments_count')
    >>> junk_reason("Share prices fell by a third on Monday.") is None
    True
    """
    return _junk_reason(
        text,
        count_words(text),
        key=fold(text.strip(_EDGE)),
        trail=any(separator in text for separator in _TRAIL_SEPARATORS),
        teaser=any(separator in text for separator in _TEASER_SEPARATORS),
        cookie=_COOKIE_NEEDLES.in_text(text),
        newsletter=_NEWSLETTER_NEEDLES.in_text(text),
        typo=_TYPO_NEEDLES.in_text(text),
    )


def _junk_reason(
    text: str,
    words: int,
    *,
    key: str | None,
    trail: bool,
    teaser: bool,
    cookie: bool,
    newsletter: bool,
    typo: bool,
) -> tuple[str, str] | None:
    """``junk_reason`` for a line of ``words`` words. ``key``: its label key, when it may be a
    label (else None); the others: whether it holds what a breadcrumb, a teaser, a cookie
    notice, a newsletter prompt or a typo-report prompt needs."""
    if words <= _MAX_WORDS:
        slug = _label_reason(text, key) if key is not None else None
        if slug is not None:
            return slug, _LABEL_DETAILS[slug]
        if trail and _is_breadcrumb(text, words):
            return "breadcrumb", "a trail of short links joined by separators"
    if teaser and words <= _MAX_TEASER_WORDS and _TEASER.match(text):
        return "related_links", TEASER_DETAIL
    if words <= _MAX_PROMPT_WORDS:
        if cookie and is_cookie_notice(text):
            return "cookie_notice", "tells the reader the site uses cookies"
        if newsletter and _NEWSLETTER_VERBS.in_text(text) and _NEWSLETTER.search(text):
            return "newsletter_prompt", "asks for a newsletter or email sign-up"
        if typo and _TYPO.search(text):
            return "typo_prompt", "asks readers to report a mistake with Ctrl+Enter"
    return None


def _is_breadcrumb(text: str, words: int) -> bool:
    return bool(_BREADCRUMB.match(text)) and words <= 3 * text.count(" ") and _is_trail(text)


def is_cookie_notice(text: str) -> bool:
    """A banner that tells the reader about cookies: cookies, "we"/"you", and use or consent.

    >>> is_cookie_notice("We use cookies to improve your experience.")
    True
    >>> is_cookie_notice("The bakery has sold cookies since 1920 and uses butter from the farm.")
    False
    """
    return bool(_COOKIE_WORD.search(text) and _READER.search(text) and _CONSENT.search(text))


def _is_trail(text: str) -> bool:
    """Breadcrumb parts are short (≤ 4 words each) and none ends a sentence.

    Parts joined only by "/" or "|" must start from a home link or be many: "Rock | Paper |
    Scissors" is a heading, "Home / News / Politics" a trail.
    """
    parts = _TRAIL_SPLIT.split(text)
    if not all(0 < count_words(p) <= 4 and not p.endswith((".", "!", "?")) for p in parts):
        return False
    directional = any(s.strip() in ">»›" for s in _TRAIL_SPLIT.findall(text))
    return directional or bool(_HOME.match(parts[0])) or len(parts) >= _MIN_FLAT_TRAIL_PARTS


class NavigationJunk(BaseFilter):
    """Drops navigation labels, widget prompts, breadcrumbs and cookie notices."""

    def __init__(self, *, name: str = "navigation") -> None:
        self.name = name

    def __call__(self, context: Context) -> Iterator[Decision]:
        blocks = context.blocks
        text = context.document.text
        trails = _trail_blocks(context)
        teasers = _teaser_blocks(context)
        cookies = _COOKIE_NEEDLES.blocks(context)
        newsletters = _NEWSLETTER_NEEDLES.blocks(context)
        typos = _TYPO_NEEDLES.blocks(context)
        others = trails | teasers | cookies | newsletters | typos
        # "İ" folds to "i" and a combining dot: on such a page, lines are folded the slow way.
        quick = "\u0307" not in text and "\u0130" not in text
        labels, opens, width = _LABEL_RULE, _OPEN_STARTS, _OPEN_WIDTH
        odd_firsts, odd_lasts = _ODD_FIRSTS, _ODD_LASTS
        for i, block in enumerate(blocks):
            key = None
            if block.words <= _MAX_WORDS:
                # Every short line of the page goes through here, so the common case is inline:
                # the folded line is a label or starts like an open pattern; else, unless it
                # starts or ends with an arrow, a digit, a count or another script, no rule fits.
                line = block.text
                key = line.casefold() if quick else fold(line)
                if key in labels:
                    rule = labels[key]
                    # An ASCII label alone on its line: its rule's pattern matches it, and no
                    # earlier rule can (an earlier label would be the one found, an earlier
                    # open pattern starts like one).
                    if line.isascii() and key[:width] not in opens:
                        yield drop(block, *_LABEL_DECISIONS[rule])
                        continue
                elif key[:width] in opens:
                    key = _line_key(line, quick)
                else:
                    first, last = key[:1], key[-1:]
                    odd = first in odd_firsts or last in odd_lasts or first > "~" or last > "~"
                    key = _line_key(line, quick) if odd else None
                    if key is not None and not _may_be_label(key):
                        key = None
            if key is not None or i in others:
                found = _junk_reason(
                    block.text,
                    block.words,
                    key=key,
                    trail=i in trails,
                    teaser=i in teasers,
                    cookie=i in cookies,
                    newsletter=i in newsletters,
                    typo=i in typos,
                )
                if found:
                    yield drop(block, *found)


def _trail_blocks(context: Context) -> set[int]:
    """Blocks with a separator between spaces ("Home > News"), as a breadcrumb needs."""

    def spaced(text: str, position: int) -> bool:
        return (
            text[position - 1 : position].isspace() and text[position + 1 : position + 2].isspace()
        )

    return _blocks_with(context, _TRAIL_SEPARATORS, spaced)


def _teaser_blocks(context: Context) -> set[int]:
    """Blocks whose line starts with a teaser label followed by a separator ("Read more:")."""

    line = [0, 0]  # the last label end looked at, and its line's start

    def after_label(text: str, position: int) -> bool:
        label_end = position
        while text[label_end - 1 : label_end].isspace():
            label_end -= 1
        # Positions come in order: look back for the line start only as far as the last one.
        since = line[0] if label_end >= line[0] else 0
        newline = text.rfind("\n", since, label_end)
        line[:] = label_end, newline + 1 if newline >= 0 or not since else line[1]
        return bool(_TEASER_STARTS.match(text, line[1]))

    return _blocks_with(context, _TEASER_SEPARATORS, after_label)


def _blocks_with(context: Context, separators: str, accept: Callable[[str, int], bool]) -> set[int]:
    """Indexes of the kept blocks holding a separator at a position ``accept`` agrees to.

    One ``str.find`` sweep per separator over the page text; every block when the spans do
    not index that text.
    """
    if not aligned(context):
        return set(range(len(context.blocks)))
    text = context.document.text
    found = set()
    for separator in separators:
        position = text.find(separator)
        while position >= 0:
            if accept(text, position):
                i = kept_at(context.blocks, position)
                if i >= 0:
                    found.add(i)
            position = text.find(separator, position + 1)
    return found
