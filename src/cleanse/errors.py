"""The exceptions cleanse raises: every one is a ``CleanseError``."""

from __future__ import annotations


class CleanseError(Exception):
    """Base class of every error cleanse raises on purpose."""


class InputError(CleanseError, TypeError):
    """The source is of a type cleanse cannot read (not str, bytes or a bs4 object)."""


class DecodeError(CleanseError, ValueError):
    """Bytes that no declared or detected encoding can decode."""


class FilterError(CleanseError):
    """A filter broke the contract: raised, or returned something that is not a decision."""

    def __init__(self, filter_name: str, message: str) -> None:
        super().__init__(f"filter {filter_name!r}: {message}")
        self.filter_name = filter_name


class PipelineError(CleanseError, ValueError):
    """A pipeline edit names a filter that is not there, or adds a duplicate name."""
