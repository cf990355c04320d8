"""Navigation and widget junk: which lines are dropped, with which reason, and which stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cleanse
from cleanse.filters import navigation
from cleanse.filters.navigation import NavigationJunk, junk_reason
from cleanse.scan import expand
from cleanse.textstats import count_words

ONE = cleanse.Pipeline([NavigationJunk()])


def decide(line: str) -> tuple[str, str | None]:
    """The status and reason slug the filter gives a single line."""
    (verdict,) = ONE.run(cleanse.read(line, kind="text"))
    return verdict.status, verdict.decision.reason if verdict.decision else None


JUNK = {
    "more_link": [
        "Load more",
        "Show more",
        "Read more",
        "Read More »",
        "READ MORE",
        "See more",
        "Continue reading",
        "Read the full story",
        "More Stories",
        "Click here to read more",
        "Weiterlesen",
        "Mehr laden",
        "Lire la suite",
        "Voir plus",
        "Leer más",
        "Ver más",
        "Leggi anche",
        "Leia mais",
        "Lees meer",
        "Читать далее",
        "阅读更多",
        "続きを読む",
    ],
    "see_all": [
        "Alle Artikel zum Thema Hafen",
        "Tous les articles",
        "See all Video",
        "See all Hill.TV See all Video",
        "View all stories",
        "Alle anzeigen",
    ],
    "popular_list": [
        "Most Popular",
        "Most Read",
        "Most popular in Sport",
        "Most read in world news",
        "Editor's Picks",
        "Top Stories",
        "Meistgelesen",
        "Les plus lus",
        "Lo más leído",
        "Più letti",
        "Mais lidas",
        "Meest gelezen",
        "Самое читаемое",
        "人気記事",
    ],
    "trending": ["Trending", "Trending now", "Tendencias"],
    "related_links": [
        "Weiterführende Links",
        "Related",
        "Related articles",
        "Related Stories",
        "Related Coverage",
        "Related Topics",
        "You may also like",
        "More from The Hill",
        "More in Politics",
        "Read next",
        "See also",
        "Read more: Brexit talks stall again",
        "Related: Possible Water Plumes on Europa: The Discovery in Images",
        "Related post: Pickled Brussels Sprouts Recipe",
        "SEE MORE: Hong Kong protests: 800 students under siege",
        "Mehr zum Thema",
        "À lire aussi",
        "Noticias relacionadas",
        "Articoli correlati",
        "Leia também",
        "Lees ook",
        "Читайте также",
        "相关文章",
        "関連記事",
    ],
    "recommended": ["Recommended", "Recommended for you", "From around the web", "Empfohlen"],
    "comments_count": [
        "Comments (12)",
        "12 Comments",
        "Comments",
        "Show comments",
        "Leave a comment",
        "Join the conversation",
        "Kommentare",
        "Commentaires",
        "Comentarios (3)",
    ],
    "share_button": [
        "Like this:",
        "Gefällt mir",
        "Share",
        "Share this article",
        "Share on Facebook",
        "Share this story on Facebook",
        "Share via Email",
        "Email",
        "Email this",
        "Print",
        "Print this page",
        "Tweet",
        "WhatsApp",
        "Copy link",
        "Save",
        "Save for later",
        "Gift this article",
        "Teilen",
        "Drucken",
        "Partager",
        "Imprimer",
        "Compartir",
        "Condividi",
        "Delen",
        "Поделиться",
        "分享",
        "シェア",
    ],
    "follow_prompt": [
        "Follow",
        "Follow us",
        "Follow us on Twitter",
        "Follow @nytimes on Twitter",
        "Folgen Sie uns",
        "Suivez-nous",
        "Síguenos",
    ],
    "newsletter_prompt": [
        "Sign up for our newsletter",
        "Sign up for our daily newsletter",
        "Sign up to our newsletter",
        "Newsletters",
        "Sign up",
        "Subscribe to our newsletter to get the latest updates.",
        "Want more stories like this? Sign up for our newsletter.",
        "Get the latest news delivered to your inbox.",
        "Enter your email address",
        "Newsletter abonnieren",
        "Iscriviti alla newsletter",
    ],
    "subscribe_prompt": [
        "Subscribe",
        "Subscribe now",
        "Subscribe to The Hill",
        "Click here to subscribe",
        "Support independent journalism",
        "Become a member",
        "Abonnieren",
        "Abonnez-vous",
        "Suscríbete",
        "Abbonati",
        "Assine",
    ],
    "login_prompt": ["Sign in", "Log in", "Already a subscriber? Log in", "Anmelden", "Войти"],
    "advertisement": [
        "Advertisement",
        "ADVERTISEMENT",
        "Sponsored",
        "Sponsored Content",
        "Paid content",
        "Story continues below advertisement",
        "Article continues below",
        "Continue reading below",
        "Skip Ad",
        "Advertisement - Scroll to continue",
        "Anzeige",
        "Werbung",
        "Publicité",
        "Publicidad",
        "Pubblicità",
        "Реклама",
        "广告",
    ],
    "player_control": ["Listen to this article", "Play video", "Watch now", "Listen", "Play"],
    "skip_link": ["Skip to content", "Skip to main content", "Zum Inhalt springen"],
    "back_to_top": [
        "Back to top",
        "Nach oben",
        "Retour en haut de page",
        "Volver arriba",
        "↑ Back to top",
    ],
    "menu_label": [
        "Menu",
        "Search",
        "Home",
        "Next",
        "Previous",
        "Close",
        "Toggle navigation",
        "Loading...",
        "Wird geladen …",
    ],
    "breadcrumb": [
        "Home > News > World",
        "Home » Politics » Elections",
        "Home › Sport › Football › Premier League",
        "Home / News / Politics",
        "News | Sport | Weather | Culture",
        "Start > Politik > Ausland",
        "Accueil > Actualités > Monde",
        "Inicio > Noticias > España",
        "Главная > Новости",
    ],
    "cookie_notice": [
        "Accept all cookies",
        "Accept",
        "Manage preferences",
        "Cookie settings",
        "Got it",
        "This site uses cookies.",
        "We use cookies to improve your experience. By continuing to browse, you agree to our "
        "use of cookies.",
        "By using this site you consent to the use of cookies.",
        "Our website uses cookies to give you the best experience.",
        "Diese Website verwendet Cookies.",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
        "Nous utilisons des cookies pour améliorer votre expérience.",
        "Ce site utilise des cookies.",
        "Utilizamos cookies para mejorar su experiencia.",
        "Este sitio web utiliza cookies para mejorar la experiencia del usuario.",
        "Utilizziamo i cookie per migliorare la tua esperienza.",
        "Questo sito utilizza cookie tecnici e di profilazione.",
        "Este site usa cookies para melhorar sua experiência.",
        "Wij gebruiken cookies om onze website te verbeteren.",
        "Мы используем файлы cookie, чтобы улучшить работу сайта.",
        "本网站使用Cookie以改善您的体验。",
        "当サイトではクッキーを使用しています。",
        "Alle akzeptieren",
        "Tout accepter",
        "Aceptar todo",
    ],
    "typo_prompt": [
        "Found a mistake? Select the text and press Ctrl+Enter.",
        "Нашли ошибку? Выделите её и нажмите Ctrl + Enter",
        "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu labojumu redaktoram!",
        "Помилка в тексті? Виділіть її мишкою та натисніть CTRL+ENTER",
    ],
}


@pytest.mark.parametrize(
    ("line", "reason"), [(line, reason) for reason, lines in JUNK.items() for line in lines]
)
def test_junk_is_dropped_with_its_reason(line: str, reason: str) -> None:
    assert decide(line) == ("dropped", reason)


COOKIE_PASSAGE = (
    "Cookies are a traditional treat, and the bakery on Main Street has sold them for a "
    "century, long before websites used cookies to track visitors; the owner says she bakes "
    "three thousand every morning and accepts no shortcuts."
)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell by a third on Monday.",
        "To save the file, press Ctrl+S; Ctrl+Alt+K opens the password manager.",
        "Shares in the company rose 4% after the announcement.",
        "Subscribe to the theory that markets recover.",
        "Subscribe to the theory that markets always recover, and you will be disappointed.",
        "Read more about the history of the city.",
        "See all the evidence before deciding.",
        "More from the archive was released in the spring.",
        "Home is where the heart is.",
        "Most popular among voters was the tax plan.",
        "Most read in the city was the tax plan",
        "Recommended reading for anyone interested in policy is the new report.",
        "Trending topics on the platform included the election and the war.",
        "The comments were removed after the backlash.",
        "Print editions fell by 10 percent last year.",
        "He followed us to the station.",
        "Advertising revenue dropped sharply in the quarter.",
        "Follow the money, investigators said.",
        "Watch: the full interview",
        "Watch the trailer below.",
        "Save the date: the festival opens on Friday.",
        "Sign up sheets were posted outside the gym.",
        "Users had to sign up with an email address before they could vote, the report found.",
        "Newsletter publishers have seen subscriptions soar this year.",
        COOKIE_PASSAGE,
        "We baked cookies for our neighbours and they loved them.",
        "The company says it uses cookies and other trackers, and regulators accept the practice.",
        "Regulators said the site used cookies without the consent of its users, and fined it.",
        "Black / White",
        "Rock | Paper | Scissors",
        "London / Paris / Berlin",
        "He said: yes / no / maybe.",
        "Apple > Samsung in sales this year",
        "Related parties must disclose their holdings.",
        "Comments made by the minister were criticised.",
        "Close to 200 people attended.",
        "Next year will be different, he said.",
        "Like a storm, the water came in overnight.",
        "Loading the boats took the whole morning.",
        "Alle Artikel wurden am Montag geprüft und veröffentlicht.",
    ],
)
def test_body_sentence_stays(line: str) -> None:
    assert decide(line) == ("kept", None)


def test_whole_page_chrome_goes_and_the_story_stays() -> None:
    text = (
        "Skip to content\nHome > News > World\n\n"
        "The talks ended without a deal on Tuesday, officials said.\n\n"
        "Advertisement\n\n"
        "Negotiators will meet again next month in Geneva.\n\n"
        "Share\nTweet\nEmail\n\nComments (12)\n\nMost Popular\nLoad more"
    )
    article = cleanse.clean(text, pipeline=ONE)
    assert article.text == (
        "The talks ended without a deal on Tuesday, officials said.\n\n"
        "Negotiators will meet again next month in Geneva."
    )
    assert {r.filter for r in article.removed} == {"navigation"}
    assert [r.reason for r in article.removed] == [
        "skip_link",
        "breadcrumb",
        "advertisement",
        "share_button",
        "share_button",
        "share_button",
        "comments_count",
        "popular_list",
        "more_link",
    ]
    assert all(r.detail for r in article.removed)


def test_removal_spans_point_into_the_normalised_text() -> None:
    text = "Story sentence one.\n\nLoad more"
    document = cleanse.read(text)
    (removal,) = cleanse.clean(text, pipeline=ONE).removed
    start, end = removal.span
    assert document.text[start:end] == "Load more"


def test_html_navigation_is_dropped() -> None:
    html = (
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/s'>Search</a></li>"
        "</ul></nav><article><p>The story, told in a sentence.</p><p>Advertisement</p>"
        "<p><a href='/more'>Read more</a></p></article></body></html>"
    )
    article = cleanse.clean(html, pipeline=ONE)
    assert article.text == "The story, told in a sentence."


# --- the quick tests miss nothing ---------------------------------------------------------------
# The filter reads most lines with a fold and two lookups; these check it against the rules tried
# one by one on every line, on lines made to come close: labels in any case, with arrows and
# counts, characters that fold oddly ("ſ", the Kelvin sign, "İ"), and hand-made documents whose
# lines were never normalised.

_LABELS = sorted(
    {label for _, alts, _ in navigation._RULES for label in expand(alts)}
    | {"see all Video", "Most popular in Sport", "More from The Hill", "Share on Facebook"}
    | {"Facebook Twitter Email", "Follow @nyt on Twitter", "Sign up for our daily newsletter"}
    | {
        "Subscribe to The Hill",
        "Already a subscriber? Log in",
        "Advertisement - Scroll to continue",
    }
    | {"12 Comments", "1,234 comments", "Read more: Brexit talks stall", "Home > News > World"}
    | {"Home / News", "Sports › ‹", "We use cookies to improve your experience."}
    | {"Get the latest news delivered to your inbox.", "Want more? Enter your e-mail for alerts"}
)
_ARROWS = st.sampled_from(["", "", "» ", " »", "›", "> ", "→", "...", "…", ": ", "| ", "- ", "!"])
_COUNTS = st.sampled_from(
    ["", "", " (12)", "(3)", " [4]", " 1,234", " 12k", " (1.2K)", " ١٢", " 5."]
)
_ODD = {"s": "ſ", "k": "\u212a", "i": "İ", "K": "\u212a", "S": "ſ", "I": "İ"}


@st.composite
def _junkish_lines(draw: st.DrawFn) -> str:
    label = draw(st.sampled_from(_LABELS))
    case = draw(st.sampled_from(["same", "upper", "title", "capitalize", "odd", "mixed"]))
    if case == "upper":
        label = label.upper()
    elif case == "title":
        label = label.title()
    elif case == "capitalize":
        label = label.capitalize()
    elif case == "odd":
        label = "".join(_ODD.get(c, c) for c in label)
    elif case == "mixed":
        flips = draw(st.lists(st.booleans(), min_size=len(label), max_size=len(label)))
        label = "".join(c.swapcase() if f else c for c, f in zip(label, flips, strict=True))
    return draw(_ARROWS) + label + draw(_COUNTS) + draw(_ARROWS)


_PAGE_LINES = st.lists(
    st.one_of(_junkish_lines(), st.sampled_from(["Politics", "The talks ended.", "Home is here"])),
    min_size=1,
    max_size=10,
)


def _rule_by_rule(text: str) -> str | None:
    """The reason the rules give a line when each is tried in turn (no quick test)."""
    words = count_words(text)
    if words <= 12:
        for slug, rule in navigation._LINE_RULES:
            if rule.match(text):
                return slug
        if (
            navigation._BREADCRUMB.match(text)
            and words <= 3 * text.count(" ")
            and navigation._is_trail(text)
        ):
            return "breadcrumb"
    if words <= 20 and navigation._TEASER.match(text):
        return "related_links"
    if words <= 60:
        if navigation.is_cookie_notice(text):
            return "cookie_notice"
        if navigation._NEWSLETTER.search(text):
            return "newsletter_prompt"
        if navigation._TYPO.search(text):
            return "typo_prompt"
    return None


def _hand_made(lines: list[str]) -> cleanse.Document:
    """A document whose lines are kept as they are: no normalisation, one block each."""
    blocks, start = [], 0
    for line in lines:
        blocks.append(
            cleanse.Block(len(blocks), line, cleanse.Kind.LINE, start, start + len(line))._replace(
                words=count_words(line)
            )
        )
        start += len(line) + 1
    return cleanse.Document("\n".join(lines), tuple(blocks), "text")


@settings(max_examples=300, deadline=None)
@given(_junkish_lines())
def test_junk_reason_agrees_with_the_rules_one_by_one(line: str) -> None:
    found = junk_reason(line)
    assert (found[0] if found else None) == _rule_by_rule(line)


@settings(max_examples=150, deadline=None)
@given(_PAGE_LINES)
def test_filter_agrees_with_the_rules_one_by_one(lines: list[str]) -> None:
    for document in (cleanse.read("\n".join(lines), kind="text"), _hand_made(lines)):
        context = cleanse.Context(document, document.blocks)
        reasons = {d.block: d.reason for d in NavigationJunk()(context)}
        for block in document.blocks:
            assert reasons.get(block.index) == _rule_by_rule(block.text), block.text


@pytest.mark.parametrize(
    ("before", "case", "after"),
    [
        ("", str, ""),
        ("", str.upper, " »"),
        ("» ", str.title, ""),
        ("", str.capitalize, " (12)"),
        ("- ", str.lower, " 1.2k ›"),
        ("", lambda s: "".join(_ODD.get(c, c) for c in s), ":"),
        ("", str.swapcase, " ١٢"),
    ],
)
def test_every_label_agrees_with_the_rules_one_by_one(
    before: str, case: Callable[[str], str], after: str
) -> None:
    lines = [before + case(label) + after for label in _LABELS]
    for line in lines:
        found = junk_reason(line)
        assert (found[0] if found else None) == _rule_by_rule(line), line
    for document in (cleanse.read("\n".join(lines), kind="text"), _hand_made(lines)):
        reasons = {
            d.block: d.reason for d in NavigationJunk()(cleanse.Context(document, document.blocks))
        }
        for block in document.blocks:
            assert reasons.get(block.index) == _rule_by_rule(block.text), block.text


# The count at a line's end, searched forwards: from each digit of a long run that something
# else ends, this rescans the run (quadratic; 25 KB of digits took 8 s).
_FORWARD_COUNT_TAIL = regex.compile(rf"{navigation._COUNT_BODY}$")


@settings(max_examples=3000, deadline=None)
@given(st.text(st.sampled_from(list("0123456789,. ()[]kKmMx\n\t")), max_size=14))
def test_the_count_tail_is_the_span_a_forward_search_finds(key: str) -> None:
    found, forward = navigation._COUNT_TAIL.search(key), _FORWARD_COUNT_TAIL.search(key)
    assert (found and found.span()) == (forward and forward.span())


def test_a_long_run_of_digits_is_no_label() -> None:
    assert navigation._COUNT_TAIL.flags & regex.REVERSE  # a search that does not rescan
    line = "20 Nov, 2019 05:" + "4" * 9000 + "X" + "4" * 8000 + "7"
    assert junk_reason(line) is None


def test_teaser_lines_are_found_among_thousands_of_separators() -> None:
    # The line start of each separator is looked for back to the last one only, not to the
    # line's start (a line of 300 000 "|" cost the square of its length).
    lines = [
        "Read more: Brexit talks stall",
        "a" + "|" * 50_000,
        "See also: a story",
        "a" + ":" * 50_000,
    ]
    document = cleanse.read("\n\n".join(lines), kind="text")
    context = cleanse.Context(document, document.blocks)
    assert navigation._teaser_blocks(context) == {0, 2}


def _teaser_blocks_by_line_start(context: cleanse.Context) -> set[int]:
    """The teaser blocks, each separator's line start looked for back to the page's start."""

    def after_label(text: str, position: int) -> bool:
        label_end = position
        while text[label_end - 1 : label_end].isspace():
            label_end -= 1
        return bool(navigation._TEASER_STARTS.match(text, text.rfind("\n", 0, label_end) + 1))

    return navigation._blocks_with(context, navigation._TEASER_SEPARATORS, after_label)


_TEASER_PIECES = st.sampled_from(
    ["Read more", "see also", ":", "|", "»", "›", " ", "\n", "\n\n", "x", "word", "<br>"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(_TEASER_PIECES, min_size=1, max_size=30).map("".join), st.booleans())
def test_teaser_blocks_are_those_of_each_separators_line(text: str, html: bool) -> None:
    document = cleanse.read(f"<p>{text}</p>" if html else text, kind="html" if html else "text")
    context = cleanse.Context(document, document.blocks)
    assert navigation._teaser_blocks(context) == _teaser_blocks_by_line_start(context)
