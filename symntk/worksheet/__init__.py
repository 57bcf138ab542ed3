"""Worksheets: seeded exercise variants with answer keys.

    variants = generate(WorksheetOptions(seed=42, variants=30))   # distinct, hand-workable exercises
    write_run(options, "out/")                                   # sheets, keys, Moodle XML, overview
    combined_key(variants, options, "pdf")                       # every variant's key in one PDF

Each variant is a :class:`~symntk.problem.Problem` drawn from ``default_rng([seed, v])``
and kept only when it keeps every promise of :mod:`.constraints` and differs from the
earlier variants (:mod:`.signature`). The same options give byte-identical files.
"""

from .constraints import violations
from .documents import combined_key
from .exercise import KeyNumber, key_numbers
from .generator import Variant, generate
from .moodle import question_bank
from .notes import notes_key
from .options import PARTS, WorksheetOptions
from .signature import answer_signature, problem_signature
from .writer import run_files, write_run

__all__ = ["WorksheetOptions", "PARTS", "Variant", "generate", "violations", "problem_signature",
           "answer_signature", "KeyNumber", "key_numbers", "question_bank", "notes_key", "run_files", "write_run",
           "combined_key"]
