"""Classify dystonia cohorts held in pandas DataFrames with the ``dystonia`` tool.

>>> import pandas as pd, dystonia
>>> cohort = dystonia.read_cohort("samples/cohort.csv")
>>> results = dystonia.classify(cohort)
>>> pd.crosstab(results["distribution"], results["etiology"])

The package drives the tool (``dystonia classify - --format csv``) through pipes; it is found from ``tool=``, the
environment variable ``DYSTONIA_TOOL``, or ``dystonia`` on the PATH. See python/README.md.
"""

from ._classify import DystoniaWarning, classify
from ._columns import RESULT_COLUMNS
from ._cohort import read_cohort
from ._tool import (
    DystoniaError,
    InputError,
    InternalToolError,
    OutputError,
    ToolError,
    ToolInterrupted,
    ToolNotFoundError,
    UsageError,
    find_tool,
)

__all__ = [
    "classify",
    "read_cohort",
    "find_tool",
    "RESULT_COLUMNS",
    "DystoniaError",
    "DystoniaWarning",
    "ToolNotFoundError",
    "ToolError",
    "UsageError",
    "InputError",
    "OutputError",
    "InternalToolError",
    "ToolInterrupted",
]
