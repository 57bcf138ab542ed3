"""The linear-time guard the hostile-input tests use (conftest.grows_linearly) can fail: quadratic work fails it,
linear work passes it."""

import time

from conftest import grows_linearly


def test_quadratic_work_fails_the_guard():
    assert not grows_linearly(lambda n: time.sleep(n * n * 1e-7), lambda n: n, 500)


def test_linear_work_passes_the_guard():
    assert grows_linearly(lambda n: time.sleep(n * 1e-4), lambda n: n, 500)
