"""cleanse: turn messy web content into a clean, structured article, with every removal explained.

>>> import cleanse
>>> article = cleanse.clean("Tags: Science, Space\\n\\nThe probe landed.")
>>> article.tags, article.text
(('Science', 'Space'), 'The probe landed.')
"""

from __future__ import annotations

from .article import Article, Caption, Paragraph, Removal, Trace
from .blocks import Block, Document, Kind, Metadata
from .clean import clean, read
from .defaults import default_pipeline
from .errors import CleanseError, DecodeError, FilterError, InputError, PipelineError
from .pipeline import (
    Action,
    BaseFilter,
    Context,
    Decision,
    Filter,
    Pipeline,
    Verdict,
    as_filter,
    drop,
    take,
)

__all__ = [
    "Action",
    "Article",
    "BaseFilter",
    "Block",
    "Caption",
    "CleanseError",
    "Context",
    "Decision",
    "DecodeError",
    "Document",
    "Filter",
    "FilterError",
    "InputError",
    "Kind",
    "Metadata",
    "Paragraph",
    "Pipeline",
    "PipelineError",
    "Removal",
    "Trace",
    "Verdict",
    "as_filter",
    "clean",
    "default_pipeline",
    "drop",
    "read",
    "take",
]
__version__ = "0.1.0"
