"""``reviewer next-steps``: what to do after a decision (report, preserve, who to call), offline."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "next-steps", help="what to do next after a decision: preserve, report, who to call, filing a complaint")
    parser.add_argument("--label", action="append", default=[], metavar="LABEL",
                        help="the sealed label(s), e.g. suspected-minor (repeatable); none: the general advice")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reviewer import guidance, translations

    help_text = guidance.load(args.lang or translations.default_language())
    print(help_text.for_outcome(guidance.outcome_for(args.label)))
    return 0
