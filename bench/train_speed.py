"""Time ``symntk.training.train``: compiling the network (first call per structure)
and gradient-descent steps, for the notes' network and a [1, 20, 20, 1] tanh network.

    python bench/train_speed.py
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import symntk  # noqa: E402
from symntk.training import train  # noqa: E402

CASES = {
    "notes [1,2,1] identity, 2 points": (symntk.notes_problem(), [0, 1]),
    "[1,20,20,1] tanh, 5 points": (symntk.problem_from_dict({
        "network": {"widths": [1, 20, 20, 1], "activation": "tanh"},
        "random": {"seed": 1, "distribution": "normal", "std": 0.5, "digits": 3},
        "data": {"x": [-1, -0.5, 0, 0.5, 1], "y": [1, 0, -1, 0, 1]}}), None),
}

for name, (problem, labels) in CASES.items():
    start = time.perf_counter()
    train(problem, steps=1, lr=0.01, labels=labels)
    first = time.perf_counter() - start
    start = time.perf_counter()
    run = train(problem, steps=1000, lr=0.01, labels=labels)
    steps = time.perf_counter() - start
    print(f"{name}: first call (compile) {first:.2f} s, 1000 steps {steps:.2f} s, "
          f"final loss {run.trajectory.loss[-1]:.3g}, max drift {run.drift.max():.3g}")
