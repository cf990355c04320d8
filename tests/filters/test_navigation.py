"""Navigation and widget junk: which lines are dropped, with which reason, and which stay."""

from __future__ import annotations

import pytest

import cleanse
from cleanse.filters.navigation import NavigationJunk

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
        "See all Video",
        "See all Hill.TV See all Video",
        "View all stories",
        "Alle anzeigen",
    ],
    "popular_list": [
        "Most Popular",
        "Most Read",
        "Most popular in Sport",
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
    "menu_label": ["Menu", "Search", "Home", "Next", "Previous", "Close", "Toggle navigation"],
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
        "Shares in the company rose 4% after the announcement.",
        "Subscribe to the theory that markets recover.",
        "Subscribe to the theory that markets always recover, and you will be disappointed.",
        "Read more about the history of the city.",
        "See all the evidence before deciding.",
        "More from the archive was released in the spring.",
        "Home is where the heart is.",
        "Most popular among voters was the tax plan.",
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
