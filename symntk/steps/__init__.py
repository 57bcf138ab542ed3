"""A Derivation: the notes' method as an ordered list of typed steps.

Steps are data (SymPy expressions, numbers, indices), never LaTeX or prose;
templates (one per step kind and format) turn them into text. Large problems
are summarised: lists longer than ``limit`` keep their first ``limit`` items
and record how many were left out.
"""


from .build import build_derivation, shorthand
from .records import (
    DEFAULT_LIMIT,
    CharacteristicStep,
    DataStep,
    Derivation,
    EigenStep,
    ExpansionStep,
    GradientLine,
    GradientsStep,
    GradientValuesStep,
    InterpretationStep,
    KernelEntriesStep,
    KernelEntry,
    KernelMatrixStep,
    NetworkStep,
    ParametersStep,
    Step,
    ThetaStep,
)

__all__ = ["build_derivation", "shorthand", "DEFAULT_LIMIT", "Step", "NetworkStep", "ParametersStep", "DataStep",
           "ExpansionStep", "ThetaStep", "GradientLine", "GradientsStep", "GradientValuesStep", "KernelEntry",
           "KernelEntriesStep", "KernelMatrixStep", "CharacteristicStep", "EigenStep", "InterpretationStep",
           "Derivation"]
