import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def root() -> Path:
    return ROOT


def write(tmp_path: Path, text: str, name: str = "problem.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
