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


def test_render_environment_is_the_only_jinja_factory():
    """Every output's templates come through symntk.render.environment (one set of delimiters,
    one locale fallback): no other module builds a Jinja environment or loader."""
    from conftest import ROOT

    builders = ("jinja2.Environment(", "FileSystemLoader(", "jinja2.Template(")
    found = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "symntk").rglob("*.py")
                   if any(b in p.read_text(encoding="utf-8") for b in builders))
    assert found == ["symntk/render/environment.py"]


def test_worksheet_templates_fall_back_to_english():
    from symntk.render.environment import locale_paths
    from symntk.worksheet.templates import environment

    paths = locale_paths("is", "worksheet")
    assert [p.split("templates")[-1] for p in paths] == ["/is/worksheet", "/en/worksheet"]
    assert environment("is", "tex").loader.searchpath == paths
    assert environment("en", "md").get_template("phrases.jinja")
