"""How the package finds the tool."""

from __future__ import annotations

import pandas as pd
import pytest

import dystonia


@pytest.fixture
def no_tool_around(monkeypatch, tmp_path):
    monkeypatch.delenv("DYSTONIA_TOOL", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))


def test_without_a_tool_the_error_says_the_three_ways_to_give_one(no_tool_around):
    with pytest.raises(dystonia.ToolNotFoundError) as raised:
        dystonia.classify(pd.DataFrame({"regions": ["neck"]}))
    message = str(raised.value)
    assert "tool=" in message and "DYSTONIA_TOOL" in message and "PATH" in message


def test_a_tool_path_that_does_not_exist_is_named(no_tool_around, tmp_path):
    with pytest.raises(dystonia.ToolNotFoundError, match="no-such-dystonia"):
        dystonia.find_tool(str(tmp_path / "no-such-dystonia"))


@pytest.mark.parametrize("given, expected_from", [("argument", "argument"), ("environment", "environment"),
                                                  ("path", "path")])
def test_the_tool_comes_from_the_argument_then_the_environment_then_the_path(tool, monkeypatch, tmp_path, given,
                                                                             expected_from):
    on_path = tmp_path / "dystonia"
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("DYSTONIA_TOOL", " ".join(tool))
    if given == "argument":
        assert dystonia.find_tool(["/bin/sh", "run.dll"]) == ["/bin/sh", "run.dll"]
    elif given == "environment":
        assert dystonia.find_tool() == tool
    else:
        monkeypatch.delenv("DYSTONIA_TOOL")
        assert dystonia.find_tool() == [str(on_path)]


def test_the_environment_variable_may_be_a_command_line(tool, monkeypatch, sample_cohort):
    monkeypatch.setenv("DYSTONIA_TOOL", "/usr/bin/env " + " ".join(tool))
    assert dystonia.find_tool()[0] == "/usr/bin/env"
    assert len(dystonia.classify(sample_cohort)) == 36
