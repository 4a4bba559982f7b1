"""Classifying a DataFrame by streaming it through `dystonia classify - --format csv`."""

from __future__ import annotations

import io
import os
import subprocess
import threading
import warnings
from collections import defaultdict
from typing import Optional, Sequence

import pandas as pd

from ._columns import RESULT_COLUMNS, label_categories, read_dtypes, to_labels
from ._tool import DystoniaError, ToolCommand, ToolNotFoundError, find_tool, tool_error


class DystoniaWarning(UserWarning):
    """What the tool said on standard error in a run that completed (such as a count of repeated ids)."""


def classify(
    cohort: pd.DataFrame,
    *,
    reasoning: bool = True,
    language: str = "en",
    three_or_more_contiguous: Optional[str] = None,
    cranial_contiguity: Optional[str] = None,
    hemidystonia_requires_face: bool = False,
    age_forty_late: bool = False,
    map_file: Optional["os.PathLike[str] | str"] = None,
    ignore_extra_columns: bool = False,
    threads: Optional[int] = None,
    extra_args: Sequence[str] = (),
    labels: str = "category",
    tool: Optional[ToolCommand] = None,
) -> pd.DataFrame:
    """Classifies every row of ``cohort`` (columns in the tool's CSV layout) and returns one result row per row.

    The result keeps ``cohort``'s index, so ``cohort.join(results)`` puts each result beside its record. Labels are
    categoricals (categories in the result schema's order; ``labels="string"`` keeps them as ``string``),
    ``legInvolvement`` is ``boolean``, ``line`` ``Int64`` and every other column ``string``; a missing value is
    ``pd.NA`` (a single cell of a categorical reads as NaN: test with ``pd.isna``). A row the tool cannot classify
    comes back with ``status == "invalid"`` and its ``errors``; it is not an exception.

    ``reasoning=False`` gives lean rows (``decidedBy`` instead of ``reasoning``). ``language`` ("en" or "lv") is the
    language of the reasoning. ``three_or_more_contiguous`` ("segmental" or "multifocal"), ``cranial_contiguity``
    ("wholesegment" or "anatomicalchain"), ``hemidystonia_requires_face`` and ``age_forty_late`` are the tool's
    classification options. ``map_file`` is a mapping file for an export's own column names and codes (``--map``).
    Columns outside the layout stop the run (:class:`InputError`) unless ``ignore_extra_columns``; they stay in your
    DataFrame either way. ``extra_args`` are passed to ``dystonia classify`` as they are.

    Raises :class:`ToolNotFoundError` when there is no tool, and a :class:`ToolError` subclass (carrying the tool's
    exit code and standard error) when the tool ends with an error.
    """
    if not isinstance(cohort, pd.DataFrame):
        raise TypeError(f"cohort must be a pandas DataFrame, not {type(cohort).__name__}")
    if labels not in ("category", "string"):
        raise ValueError(f'labels must be "category" or "string", not {labels!r}')
    command = find_tool(tool)
    arguments = [*command, "classify", "-", "--input-format", "csv", "--delimiter", ",", "--format", "csv",
                 "--quiet", "--progress-every", "0", "--language", language]
    if not reasoning:
        arguments.append("--no-reasoning")
    if three_or_more_contiguous is not None:
        arguments += ["--three-or-more-contiguous", three_or_more_contiguous]
    if cranial_contiguity is not None:
        arguments += ["--cranial-contiguity", cranial_contiguity]
    if hemidystonia_requires_face:
        arguments.append("--hemidystonia-requires-face")
    if age_forty_late:
        arguments.append("--age-forty-late")
    if map_file is not None:
        arguments += ["--map", os.fspath(map_file)]
    if ignore_extra_columns:
        arguments.append("--keep-columns")
    if threads is not None:
        arguments += ["--threads", str(threads)]
    arguments += list(extra_args)

    categories = label_categories(tuple(command))
    frame = _run(arguments, cohort)
    if ignore_extra_columns:
        # The columns passed through follow the result columns, the last of which is reasoning or decidedBy.
        last = list(frame.columns).index("reasoning" if reasoning else "decidedBy")
        frame = frame.iloc[:, : last + 1]
    if len(frame) != len(cohort):
        raise DystoniaError(f"The tool returned {len(frame)} results for {len(cohort)} records.")
    frame.index = cohort.index
    return to_labels(frame, categories, as_categories=labels == "category")


def _run(arguments: list[str], cohort: pd.DataFrame) -> pd.DataFrame:
    """Writes the cohort to the tool's standard input while reading its standard output and standard error, each on
    its own thread, so that neither side waits on a full pipe whatever the size of the cohort."""
    try:
        process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as error:
        raise ToolNotFoundError(f"The dystonia tool could not be started ({arguments[0]!r}): {error}") from error
    writer_failure: list[BaseException] = []
    stderr_chunks: list[bytes] = []

    def write() -> None:
        text = io.TextIOWrapper(process.stdin, encoding="utf-8", newline="", write_through=False)
        try:
            cohort.to_csv(text, index=False, lineterminator="\n")
            text.flush()
        except OSError as error:  # the tool stopped reading; its exit code says why
            writer_failure.append(error)
        except BaseException as error:  # a value pandas cannot write: stop the tool, report it below
            writer_failure.append(error)
            process.kill()
        finally:
            try:
                text.close()
            except OSError:
                pass

    def read_stderr() -> None:
        stderr_chunks.append(process.stderr.read())

    threads = [threading.Thread(target=write, daemon=True), threading.Thread(target=read_stderr, daemon=True)]
    for thread in threads:
        thread.start()
    frame: Optional[pd.DataFrame] = None
    parse_error: Optional[Exception] = None
    try:
        try:
            dtypes = defaultdict(lambda: "string", read_dtypes())
            frame = pd.read_csv(process.stdout, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8")
        except (pd.errors.EmptyDataError, pd.errors.ParserError, ValueError) as error:
            parse_error = error
        # Drain whatever is left, so the tool is never blocked on a pipe nobody reads.
        while process.stdout.read(1 << 16):
            pass
        exit_code = process.wait()
        for thread in threads:
            thread.join()
    finally:
        if process.poll() is None:  # interrupted (Ctrl+C in a notebook): do not leave the tool running
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()
    stderr = b"".join(stderr_chunks).decode("utf-8", "replace")
    if exit_code not in (0, 1):
        raise tool_error(exit_code, stderr, arguments) from parse_error
    failure = next((error for error in writer_failure if not isinstance(error, OSError)), None)
    if failure is not None:
        raise failure
    if writer_failure:
        raise DystoniaError(f"Writing the cohort to the tool failed: {writer_failure[0]}")
    if parse_error is not None:
        raise DystoniaError(f"The tool's output could not be read: {parse_error}") from parse_error
    if stderr.strip():
        warnings.warn(stderr.strip(), DystoniaWarning, stacklevel=3)
    assert frame is not None
    return frame
