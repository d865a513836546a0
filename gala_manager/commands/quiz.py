"""`export quiz-cards` of the Quiz area."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="OUT.pdf")


def _export(args: argparse.Namespace) -> int:
    from gala_manager.app.quiz.exports import export_quiz_cards
    from gala_manager.commands.output import wrong_suffix_text, wrote_text
    from gala_manager.core.storage.document import GalaDocument

    if args.out.suffix.lower() != ".pdf":
        print(wrong_suffix_text(args.out, [".pdf"]), file=sys.stderr)
        return 2
    with GalaDocument.open(args.file, read_only=True) as doc:
        export_quiz_cards(doc, args.out)
    print(wrote_text(args.out))
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the Quiz area."""
    return [Subcommand("quiz-cards", "the host's quiz cards: each round's questions with "
                       "answers and prizes (pdf)", _arguments, _export)]
