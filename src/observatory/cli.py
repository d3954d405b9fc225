"""The ``observatory`` command: one root app, verbs registered by each pipeline area.

Each area keeps its verbs in ``observatory/commands/<area>.py`` with a
``register(app)`` function, so this file only lists them.  Heavy imports happen
inside the commands, which keeps ``observatory --help`` fast.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="observatory",
    help="Turn conflict reports into reviewable claims, incidents, tolls and control timelines.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (
    "observatory.commands.ingest",
    "observatory.commands.extract",
    "observatory.commands.run",
    "observatory.commands.actors",
    "observatory.commands.gazetteer",
    "observatory.commands.fuse",
    "observatory.commands.export",
    "observatory.commands.web",
    "observatory.commands.eval",
    "observatory.commands.batch",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
