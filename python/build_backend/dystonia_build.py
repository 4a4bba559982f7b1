"""A PEP 517 build backend for this package that needs only the standard library.

pip installs a package from source by first installing its build backend from a package index; with this backend
(``backend-path`` in pyproject.toml) there is nothing to install, so ``pip install ./python`` works offline, which is
how hospital and cluster machines often are. It builds a pure-Python wheel of the ``dystonia`` package, an sdist, and
an editable wheel (``pip install -e``). The metadata is read from pyproject.toml's ``[project]`` table.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "dystonia"


def _read_project(text: str) -> dict:
    """The ``[project]`` table: tomllib where Python has it (3.11+), else a reader of the plain subset this file uses."""
    try:
        import tomllib
    except ImportError:  # Python 3.9 and 3.10
        return _read_project_subset(text)
    return tomllib.loads(text).get("project", {})


def _read_project_subset(text: str) -> dict:
    """Reads ``key = "string"`` and ``key = ["string", ...]`` lines of the ``[project]`` table (one line each)."""
    project: dict = {}
    table = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[([^\]]+)\]", line)
        if header:
            table = header.group(1).strip()
            continue
        if table != "project":
            continue
        key, _, value = (part.strip() for part in line.partition("="))
        if value.startswith("["):
            project[key] = re.findall(r'"((?:[^"\\]|\\.)*)"', value)
        elif value.startswith('"') and value.endswith('"'):
            project[key] = value[1:-1]
        else:
            raise ValueError(f"pyproject.toml: cannot read the value of project.{key} without tomllib")
    return project


def _project() -> dict:
    return _read_project((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _names(project: dict) -> tuple[str, str]:
    """The distribution name as wheel file names write it (PEP 427), and the version."""
    return re.sub(r"[-_.]+", "_", project["name"]).lower(), project["version"]


def _metadata(project: dict) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
        f"Summary: {project.get('description', '')}",
    ]
    if "license" in project:
        license_ = project["license"]
        lines.append(f"License: {license_ if isinstance(license_, str) else license_.get('text', '')}")
    if "requires-python" in project:
        lines.append(f"Requires-Python: {project['requires-python']}")
    lines += [f"Requires-Dist: {requirement}" for requirement in project.get("dependencies", [])]
    readme = project.get("readme")
    if readme:
        lines.append("Description-Content-Type: text/markdown")
        return "\n".join(lines) + "\n\n" + (ROOT / readme).read_text(encoding="utf-8")
    return "\n".join(lines) + "\n"


def _package_files() -> list[Path]:
    return sorted(
        path
        for path in (ROOT / PACKAGE).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".typed")
    )


def _write_wheel(directory: str, files: dict[str, bytes]) -> str:
    project = _project()
    name, version = _names(project)
    dist_info = f"{name}-{version}.dist-info"
    files = dict(files)
    files[f"{dist_info}/METADATA"] = _metadata(project).encode("utf-8")
    files[f"{dist_info}/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: dystonia_build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    ).encode("utf-8")
    record = io.StringIO()
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
        record.write(f"{path},sha256={digest},{len(data)}\n")
    record.write(f"{dist_info}/RECORD,,\n")
    files[f"{dist_info}/RECORD"] = record.getvalue().encode("utf-8")
    wheel_name = f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as wheel:
        for path, data in files.items():
            # A fixed time, so the same source gives the same wheel.
            wheel.writestr(zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return wheel_name


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _write_wheel(
        wheel_directory, {path.relative_to(ROOT).as_posix(): path.read_bytes() for path in _package_files()}
    )


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    # A .pth line puts this source directory on sys.path, so edits take effect without reinstalling.
    name, _ = _names(_project())
    return _write_wheel(wheel_directory, {f"{name}.pth": (str(ROOT) + "\n").encode("utf-8")})


def build_sdist(sdist_directory, config_settings=None):
    project = _project()
    name, version = _names(project)
    base = f"{name}-{version}"
    sources = [ROOT / "pyproject.toml", ROOT / "README.md", Path(__file__).resolve(), *_package_files()]
    sources += sorted(path for path in (ROOT / "tests").glob("*.py"))
    archive = f"{base}.tar.gz"
    with tarfile.open(os.path.join(sdist_directory, archive), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for path in sources:
            tar.add(str(path), arcname=f"{base}/{path.relative_to(ROOT).as_posix()}", recursive=False)
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        data = _metadata(project).encode("utf-8")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return archive


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []
