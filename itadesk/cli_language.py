"""argparse's own words (usage, options, its error messages) in the command line's language, from the catalogs."""

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from itadesk.i18n import N_, _

# What argparse says by itself, as Python writes it: listed here so that the catalogs hold them.
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("expected %s argument"),
    N_("expected %s arguments"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def _translate(message: str) -> str:
    return _(message) if message else message


def _translate_plural(singular: str, plural: str, count: int) -> str:
    return _(singular if count == 1 else plural)


@contextmanager
def argparse_speaks_our_language() -> Iterator[None]:
    """While it lasts, argparse takes its words from the catalogs of the language chosen with set_language().

    Parsers must be built inside it: argparse names its groups and the help option when a parser is made.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _translate, _translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
