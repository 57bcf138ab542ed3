"""MATLAB/Octave command-window output pasted below statements in a .m file (bare or as % comments), read as claims
of the statement that printed it (invented notes).

Expected values worked out by hand and checked with NumPy. IDENTITY_1_2_1 (check_helpers): ∇f(x_1) = (1, 0, 1, 0,
1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1), K = [[8, 12], [12, 19]], tr K = 27, det K = 8, λ = (27 ± √697)/2 ≈
0.29962, 26.70038. THREE: f(x) = W2 (W1 x + b1) + b2, W1 = 2, b1 = 1, W2 = 1, b2 = 0, x = 0, 1, 2: J rows (x, 1,
2x + 1, 1), K = [[3, 5, 7], [5, 12, 19], [7, 19, 31]] (singular: row 3 = 2 row 2 − row 1), λ = 0 and
(46 ± √1852)/2 ≈ 1.48256, 44.51744; MATLAB prints them under a common factor 1.0e+01 as −0.0000, 0.1483, 4.4517.
"""

from check_helpers import IDENTITY_1_2_1, problem

from symntk.check import check_text
from symntk.check.code_files import code_notes
from symntk.check.printed_values import number

THREE = problem([1, 1, 1], "identity", [0, 1, 2], W1=2, b1=1, W2=1, b2=0)

LIVE = """%% NTK (live script exported as .m)
W1 = [1; 1]; b1 = [0; 1]; W2 = [1 0]; b2 = 0;
grad = @(x) [W2'*x; W2'; W1*x + b1; 1];
g1 = grad(1)
g1 = 7x1
     1
     0
     1
     0
     1
     2
     1

J = [grad(1)'; grad(2)']
J = 2×7
     1     0     1     0     1     2     1
     2     0     1     0     2     3     1

K = J*J'
K = 2x2
     8    12
    12    19

trace(K)
ans = 27
eig(K)
ans = 2x1
    0.2996
   26.7004

"""

OCTAVE = """% Octave, format short, outputs pasted as comments
J = [1 0 1 0 1 2 1; 2 0 1 0 2 3 1];
K = J*J'
% K =
%
%     8   12
%    12   19
%
eig(K)
%
% ans =
%
%     0.2996
%    26.7004
%
det(K)
% ans = 8.0000
"""

SCALED = """% three datapoints
J = [0 1 1 1; 1 1 3 1; 2 1 5 1];
K = J*J'
K = 3x3
     3     5     7
     5    12    19
     7    19    31

lam = eig(K)
lam = 3x1
   1.0e+01 *

   -0.0000
    0.1483
    4.4517

% so lambda1 = 0, lambda2 = 0.1483, lambda3 = 4.4517
"""


def _m(tmp_path, exercise: str, text: str):
    path = tmp_path / "p.toml"
    path.write_text(exercise, encoding="utf-8")
    report = check_text(text, "notes.m", path)
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out, report


def test_live_script_output_claims_what_the_statement_above_computes(tmp_path):
    verdicts, report = _m(tmp_path, IDENTITY_1_2_1, LIVE)
    assert verdicts[5] == ["correct"]                   # g1 = 7x1: the gradient at x_1, on its name line
    assert verdicts[15] == ["correct"]                  # J = 2×7
    assert verdicts[20] == ["correct"]                  # K = 2x2
    assert verdicts[25] == ["correct"]                  # trace(K) → ans = 27
    assert set(verdicts[27]) == {"correct"}             # eig(K) → ans = 2x1: the eigenvalues
    assert report.exit_code == 0


def test_a_printed_value_that_disagrees_is_the_learners_wrong_claim(tmp_path):
    verdicts, _ = _m(tmp_path, IDENTITY_1_2_1, LIVE.replace("    12    19", "    12    20"))
    assert verdicts[20] == ["wrong"]


def test_octave_output_pasted_as_comments(tmp_path):
    verdicts, _ = _m(tmp_path, IDENTITY_1_2_1, OCTAVE)
    assert verdicts[4] == ["correct"]                   # % K =  over the rows
    assert set(verdicts[11]) == {"correct"}             # % ans =  after eig(K)
    assert verdicts[17] == ["correct"]                  # % ans = 8.0000 after det(K)


def test_a_scale_line_multiplies_the_rows_below_it(tmp_path):
    verdicts, _ = _m(tmp_path, THREE, SCALED)
    assert verdicts[4] == ["correct"]
    assert set(verdicts[10]) == {"correct"}             # 10 × (−0.0000, 0.1483, 4.4517)
    assert "wrong" in verdicts[17]                      # the unscaled digits quoted


def test_number_keeps_the_printed_precision_under_a_scale():
    assert number("0.1483", "1.0e+01") == "1.483"
    assert number("0.0080", "1.0e+03") == "8.0"


def test_readings_of_other_display_forms():
    notes = code_notes("""X = [1, -1];
f = @(x) 2*x + 1;
[f(X(1)), f(X(2))]
ans = 1x2
     3    -1

J = [g1; g2]
J =

  Columns 1 through 4

     1     2     3     4
     6     5     4     3

  Columns 5 and 6

     5     6
     2     1

v = zeros(0, 1)
v =

  Empty matrix: 0-by-1

W1 = [1; 1]
W1 = 2x1
     1
     1

W1 = [2; 2]
K = J*J'
% K = [91 56; 56 91]
""", "n.m").split("\n")
    assert notes[3] == "f(1) = 3, f(-1) = -1"          # a list printed entry by entry; X(2) of a typed vector
    assert notes[7] == "$J = [[1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]]$"   # column chunks side by side
    assert not any(notes[20:24])                       # an empty matrix: printed, no claim
    assert not any(notes[25:29]) and notes[24]                       # the echo of a literal just typed
    assert notes[29] == "W1 = [[2], [2]]"              # a new literal below a literal: a statement
    assert notes[31] == "$K = [[91, 56], [56, 91]]$"   # a comment with the printed value


def test_both_outputs_of_eig_logical_tests_and_roots():
    notes = code_notes("""K = [8 12; 12 19];
[V, D] = eig(K)
V =

   -0.8375    0.5464
    0.5464    0.8375


D =

    0.2996         0
         0   26.7004

all(eig(K) > 0)
ans =
  logical
   1

r = roots([1 -27 8])
r = 2x1
   26.7004
    0.2996
""", "n.m").split("\n")
    assert not notes[2]                                 # V: the eigenvectors, no claim
    assert notes[8] == "eigenvalues ≈ 0.2996, 26.7004"   # D: its diagonal
    assert notes[14] == "K is positive definite"
    assert notes[19] == "eigenvalues ≈ 26.7004, 0.2996"  # the roots of λ² − 27λ + 8


def test_symbolic_output_claims_the_statements_expression():
    notes = code_notes("""syms x lambda
gsym = [W2.'*x; W2.'; W1*x + b1; 1].'
gsym =
[x, 3*x, 1, 3, 2*x + 1, -x, 1]

p = det(K - lambda*eye(2))
p = lambda^2 - 54*lambda + 704
""", "n.m").split("\n")
    assert notes[2] == "grad f(x) = [x, 3*x, 1, 3, 2*x + 1, -x, 1]"
    assert notes[6] == "det(K - lambda*I) = lambda^2 - 54*lambda + 704"
