"""Finding the dystonia tool, and the errors it can end with."""

from __future__ import annotations

import os
import shlex
import shutil
from typing import Optional, Sequence, Union

ToolCommand = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]]


class DystoniaError(Exception):
    """Base class of every error this package raises."""


class ToolNotFoundError(DystoniaError):
    """The dystonia tool could not be found or started."""


class ToolError(DystoniaError):
    """The tool ended a run with an error exit code; ``stderr`` holds what it said (never record content)."""

    meaning = "the tool failed"

    def __init__(self, exit_code: int, stderr: str, command: Sequence[str]):
        self.exit_code = exit_code
        self.stderr = stderr
        self.command = list(command)
        said = stderr.strip() or "(nothing on standard error)"
        super().__init__(f"dystonia exited with code {exit_code}, {self.meaning}: {said}")


class UsageError(ToolError):
    """Exit 2: an option or value the tool does not accept. Nothing was read."""

    meaning = "an option or value it does not accept"


class InputError(ToolError):
    """Exit 3: the input could not be split into records (such as a column outside the tool's layout)."""

    meaning = "the input could not be read"


class OutputError(ToolError):
    """Exit 4: the tool could not write its output."""

    meaning = "the output could not be written"


class InternalToolError(ToolError):
    """Exit 5: a fault inside the tool. Please report it."""

    meaning = "an internal error of the tool (please report it)"


class ToolInterrupted(ToolError):
    """Exit 130: the tool was stopped by SIGINT or SIGTERM."""

    meaning = "it was interrupted"


# The tool's documented exit codes (src/Dystonia.Classification.Cli/ExitCodes.cs); 0 and 1 are completed runs.
_ERRORS_BY_EXIT_CODE = {2: UsageError, 3: InputError, 4: OutputError, 5: InternalToolError, 130: ToolInterrupted}


def tool_error(exit_code: int, stderr: str, command: Sequence[str]) -> ToolError:
    return _ERRORS_BY_EXIT_CODE.get(exit_code, ToolError)(exit_code, stderr, command)


def find_tool(tool: Optional[ToolCommand] = None) -> list[str]:
    """The command that runs the tool, as a list for :mod:`subprocess`.

    In this order: ``tool`` (a path, or a command list such as ``["dotnet", "/path/dystonia.dll"]``); the environment
    variable ``DYSTONIA_TOOL`` (a path, or a command line that is split as a shell would); ``dystonia`` on the PATH.
    """
    if tool is not None:
        command = [os.fspath(tool)] if isinstance(tool, (str, os.PathLike)) else [os.fspath(part) for part in tool]
        source = "tool="
    elif os.environ.get("DYSTONIA_TOOL"):
        value = os.environ["DYSTONIA_TOOL"]
        command = [value] if os.path.exists(value) else shlex.split(value)
        source = "DYSTONIA_TOOL"
    else:
        found = shutil.which("dystonia")
        if found is None:
            raise ToolNotFoundError(
                "The dystonia tool was not found: pass tool= (a path, or a command list such as "
                "['dotnet', '/path/to/dystonia.dll']), set the environment variable DYSTONIA_TOOL, or put dystonia "
                "on the PATH (dotnet tool install --global Dystonia.Classification.Tool)."
            )
        return [found]
    if not command or not command[0]:
        raise ToolNotFoundError(f"{source} names no command.")
    if shutil.which(command[0]) is None:
        raise ToolNotFoundError(
            f"{source} names {command[0]!r}, which is not an executable file (nor a command on the PATH)."
        )
    return command
