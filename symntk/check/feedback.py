"""Feedback items: a code and its parameters (data, not wording).

The wording lives in the templates ``templates/<locale>/check/<format>/feedback.<ext>``,
one macro per code, in English and Icelandic. Codes:

``unreadable`` (reason), ``carried`` (sources: [(line, what)]), ``mismatch`` (expected),
``sign``, ``bias_zero``, ``missing_input_term``, ``missing_terms``, ``extra_terms``,
``missing_phi_prime``, ``swapped_indices``, ``other_parameter``, ``theta_alias``,
``theta_entry``, ``theta_length``, ``count_terms``, ``arithmetic`` (written, total),
``term_wrong`` (k, written, expected), ``term_count``, ``entry_wrong`` (i, j, written, expected),
``shape``, ``eigen_count``, ``eigen_wrong`` (written, expected), ``precision`` (written, value, decimals:
a decimal accepted because it is the value cut off rather than rounded),
``values`` (point, claimed, expected), ``no_entry``, ``property`` (values: the eigenvalues of K).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Feedback:
    """One remark about a claim: ``code`` names its template macro, ``params`` fill it."""

    code: str
    params: dict = field(default_factory=dict)
