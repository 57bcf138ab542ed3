"""A folder of reStructuredText (.rst) notes is checked like a folder of Markdown notes."""

from symntk.check.batch import check_folder

RST_RIGHT = (
    "NTK homework\n"
    "============\n"
    "\n"
    "W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2\n"
    "\n"
    ":math:`f(x) = \\theta_3(\\theta_1 x + \\theta_2) + \\theta_4`\n"
    "\n"
    ":math:`f(x_1) = 9`\n"
)


def test_a_folder_picks_up_rst_notes(tmp_path):
    """f(1) = 3·(2·1 + 1) + 0 = 9 (right) and f(1) = 10 (wrong): the .rst files are found and judged."""
    (tmp_path / "anna.rst").write_text(RST_RIGHT, encoding="utf-8")
    (tmp_path / "ben.rst").write_text(RST_RIGHT.replace("= 9`", "= 10`"), encoding="utf-8")
    results = check_folder(tmp_path, None)
    assert [path.name for path, _, _ in results] == ["anna.rst", "ben.rst"]
    assert [result["exit"] for _, result, _ in results] == [0, 1]
