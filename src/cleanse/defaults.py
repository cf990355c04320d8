"""The default pipeline: which filters ``cleanse.clean`` runs, in which order."""

from __future__ import annotations

from .filters.byline import Byline
from .filters.datelines import DateLine
from .filters.headline import Headline
from .filters.legal import CopyrightNotice
from .filters.media import PhotoCredit
from .filters.navigation import NavigationJunk
from .filters.structure import Boilerplate, MainContent
from .filters.tags import TagList
from .filters.textblocks import TextBlocks
from .pipeline import Pipeline


def default_pipeline() -> Pipeline:
    """The filters ``clean`` runs when given no pipeline: field takers, junk, then the headline.

    >>> default_pipeline().names
    ('copyright', 'tags', 'photo_credit', 'byline', 'date', 'main_content', 'boilerplate', 'navigation', 'title', 'text_blocks')
    """
    return Pipeline(
        [
            CopyrightNotice(),
            TagList(),
            PhotoCredit(),
            Byline(),
            DateLine(),
            MainContent(),
            Boilerplate(),
            NavigationJunk(),
            Headline(),
            TextBlocks(),
        ]
    )
