"""The tests run the real dystonia tool: DYSTONIA_TOOL, else the repository's Debug build, else dystonia on the PATH."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLES = REPOSITORY / "samples"
DEBUG_BUILD = REPOSITORY / "src" / "Dystonia.Classification.Cli" / "bin" / "Debug" / "net10.0"


def _tool_command():
    if os.environ.get("DYSTONIA_TOOL"):
        value = os.environ["DYSTONIA_TOOL"]
        return [value] if os.path.exists(value) else shlex.split(value)
    for candidate in (DEBUG_BUILD / "dystonia", DEBUG_BUILD / "dystonia.exe"):
        if candidate.is_file():
            return [str(candidate)]
    if (DEBUG_BUILD / "dystonia.dll").is_file() and shutil.which("dotnet"):
        return ["dotnet", str(DEBUG_BUILD / "dystonia.dll")]
    found = shutil.which("dystonia")
    return [found] if found else None


@pytest.fixture(scope="session")
def tool():
    command = _tool_command()
    if command is None:
        pytest.skip("no dystonia tool: set DYSTONIA_TOOL or build src/Dystonia.Classification.Cli")
    return command


@pytest.fixture
def sample_cohort():
    import dystonia

    return dystonia.read_cohort(SAMPLES / "cohort.csv")
