"""Every template under templates/*/limit/ is rendered by some format, locale and activation."""

import pytest
from render_helpers import loaded_templates

from symntk.cli import main
from symntk.limit import derive_limit, render_limit
from symntk.limit.plot import labels
from symntk.problem import problem_from_dict

from conftest import ROOT, write


def _problem(act):
    return problem_from_dict({"network": {"widths": [1, 4, 4, 1], "activation": act, "parameterization": "ntk"},
                              "data": {"x": [1, -2]}}, parameters_optional=True)


@pytest.mark.slow
def test_every_limit_template_is_rendered(tmp_path):
    pytest.importorskip("matplotlib")
    derivations = [derive_limit(_problem(act)) for act in ("identity", "quadratic", "relu", "erf", "tanh")]
    path = write(tmp_path, "[network]\nwidths = [1, 2, 1]\nactivation = \"relu\"\nparameterization = \"ntk\"\n"
                           "[random]\nseed = 0\n[data]\nx = [1, 2]\n")
    with loaded_templates() as loaded:
        for lang in ("en", "is"):
            for fmt in ("text", "tex", "md", "html"):
                for d in derivations:
                    render_limit(d, fmt, lang)
            assert main(["sweep", str(path), "--widths", "4,8", "--seeds", "1", "--steps", "2", "--lang", lang]) == 0
            assert main(["present", str(path), "--limit", "--lang", lang, "--out", str(tmp_path / "p.html")]) == 0
    owned = [p for p in (ROOT / "templates").rglob("*") if p.is_file() and "limit" in p.parts
             and p.suffix != ".toml"]
    missing = sorted(str(p.relative_to(ROOT)) for p in owned if p.resolve() not in loaded)
    assert not missing, f"templates never rendered: {missing}"


def test_plot_captions_in_both_locales():
    en, is_ = labels("en"), labels("is")
    assert set(en) == set(is_) and en["width"] != is_["width"]
