"""``observatory eval``: how well the extractor does on a gold-annotated set.

Either runs the extractor over the gold documents (``--out`` keeps what it said, to
rescore or inspect later) or scores an existing output file (``--output``).  The
scoring itself lives in ``observatory.eval.scoring``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from observatory.eval.scoring import Evaluation

METRIC_LABELS = {
    "sub_event_types": "sub-event types",
    "actors": "actors",
    "places": "places",
    "casualties": "casualties",
    "casualty_numbers": "casualty numbers",
    "control": "control changes",
    "dates": "dates",
}


def eval_command(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold facts, one JSON object per line (annotation.md)."),
    output: Optional[Path] = typer.Option(
        None, "--output", exists=True, dir_okay=False, help="Score this extraction output (JSON Lines) instead of running the extractor."
    ),
    out: Optional[Path] = typer.Option(None, "--out", dir_okay=False, help="Write the extractor's results here (JSON Lines)."),
    per_doc: bool = typer.Option(False, "--per-doc", help="Also list each document's killed totals and sub-event type differences."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON (same keys as shared/tools/score.py --json)."),
) -> None:
    """Score the extractor (or an existing output file) against gold facts: P/R/F1 per fact kind and an overall score."""
    from rich.console import Console

    from observatory.eval.runner import write_results
    from observatory.eval.scoring import GoldFormatError, evaluate, load_gold, load_results

    console = Console(stderr=True)
    if output is not None and out is not None:
        raise typer.BadParameter("--out writes a new extraction; it cannot be combined with --output", param_hint="--out")
    try:
        documents = load_gold(gold)
    except GoldFormatError as error:
        typer.secho(f"error: {error}", fg="red", err=True)
        raise typer.Exit(2) from error
    unreadable = 0
    if output is not None:
        results, unreadable = load_results(output)
        if unreadable:
            console.print(f"[yellow]warning:[/] {unreadable} unreadable line(s) in {output}; their documents score as empty")
    else:
        results = _run_extractor(documents, console)
        if out is not None:
            write_results(results.values(), out)
    evaluation = evaluate(documents, results, unparsable_lines=unreadable)
    if as_json:
        summary = evaluation.summary()
        if per_doc:
            summary["documents"] = [asdict(row) for row in evaluation.rows]
        typer.echo(json.dumps(summary, indent=1))
    else:
        _print_tables(evaluation, Console(), per_doc)


def _run_extractor(documents: list[dict[str, Any]], console: Console) -> dict[str, dict[str, Any]]:
    """``eval.runner.extract_gold`` with a progress bar and a warning per failed document."""
    from rich.progress import track

    from observatory.eval.runner import extract_gold

    def warn(doc_id: str, error: Exception) -> None:
        console.print(f"[yellow]warning:[/] {doc_id}: extraction failed ({type(error).__name__}: {error}); scored as empty")

    return extract_gold(documents, warn, lambda docs: track(docs, description="Extracting", console=console, transient=True))


def _print_tables(evaluation: Evaluation, console: Console, per_doc: bool) -> None:
    from rich.table import Table

    summary = evaluation.summary()
    table = Table(title="Extraction against gold", title_justify="left")
    table.add_column("metric")
    for name in ("P", "R", "F1"):
        table.add_column(name, justify="right")
    for key, label in METRIC_LABELS.items():
        figures = summary[key]
        table.add_row(label, f"{figures['p']:.3f}", f"{figures['r']:.3f}", f"{figures['f1']:.3f}")
    console.print(table)
    killed, placed = summary["killed_total"], summary["misplaced"]
    console.print(f"killed total exact  {killed['exact_rate']:.3f}   MAPE {killed['mape']:.3f}   ({killed['docs']} documents)")
    console.print(f"placed places       {placed['placed']}   misplaced > 50 km {placed['far']} ({placed['rate']:.3f})")
    console.print(f"missing documents   {summary['missing_docs']}   unreadable output lines {summary['unparsable_lines']}")
    if per_doc:
        console.print(_document_table(evaluation))
    console.print(f"[bold]score {summary['score']:.3f}[/]  (mean of six headline F1s and the killed-total exact rate)")


def _document_table(evaluation: Evaluation) -> Any:
    from rich.table import Table

    table = Table(title="Per document", title_justify="left")
    table.add_column("document", no_wrap=True)
    table.add_column("killed gold", justify="right", no_wrap=True)
    table.add_column("killed system", justify="right", no_wrap=True)
    table.add_column("sub-event types only in one")
    for row in evaluation.rows:
        mark = "" if row.gold_killed == row.system_killed else "[red]"
        table.add_row(
            row.id, f"{mark}{_number(row.gold_killed)}", f"{mark}{_number(row.system_killed)}", ", ".join(row.sub_event_type_diff)
        )
    return table


def _number(value: int | None) -> str:
    return "—" if value is None else str(value)


def register(app: typer.Typer) -> None:
    """Add ``observatory eval``."""
    app.command("eval")(eval_command)
