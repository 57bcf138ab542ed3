"""Training dynamics: gradient descent of a problem's network next to the NTK's prediction.

Loss convention: L(θ) = ½ Σ_i Σ_o (f_o(x_i; θ) − y_{i,o})², so one step
θ ← θ − η Jᵀ (f − y) moves the outputs, to first order, by f ← f − ηK(f − y).
"""

from .descent import Trajectory, descend, descend_exact
from .linearised import Spectrum, kernel_drift, kernel_prediction, linear_prediction, mode_residuals
from .run import Mode, TrainingRun, train
from .summary import summary

__all__ = ["Trajectory", "descend", "descend_exact", "Spectrum", "kernel_drift", "kernel_prediction",
           "linear_prediction", "mode_residuals", "Mode", "TrainingRun", "train", "summary"]
