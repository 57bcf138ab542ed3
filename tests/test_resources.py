"""The one lookup of shipped files (templates/, examples/notes.toml): the installed
package's copy first, else the checkout's top level."""

import importlib

import pytest

from symntk import resources

render_env = importlib.import_module("symntk.render.environment")  # the module (symntk.render re-exports a function)


def test_the_checkout_layout_is_found():
    root = resources.templates_root()
    assert (root / "en" / "phrases.jinja").is_file() and (root / "is" / "phrases.jinja").is_file()
    assert resources.shipped("examples", "notes.toml").is_file()
    assert render_env.templates_root is resources.templates_root  # the render environment uses the same lookup


def test_an_installed_copy_comes_first_and_a_missing_file_is_named(tmp_path, monkeypatch):
    package = tmp_path / "site" / "symntk"
    (package / "templates" / "en").mkdir(parents=True)
    (tmp_path / "site" / "templates" / "en").mkdir(parents=True)
    monkeypatch.setattr(resources, "_HERE", package)
    assert resources.templates_root() == package / "templates"
    (package / "templates" / "en").rmdir()
    assert resources.templates_root() == tmp_path / "site" / "templates"  # the checkout's, one level up
    with pytest.raises(FileNotFoundError, match="examples/notes.toml"):
        resources.shipped("examples", "notes.toml")
