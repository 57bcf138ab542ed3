"""A pasted Maple session (``>`` prompts, Maple's centred output below) read as claims (invented notes).

Expected values worked out by hand and checked with NumPy. LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 3,
b1 = 1, W2 = 2, b2 = 0, named w, b, v, c; θ = (w, b, v, c), datapoints 1 and 2: ∇f(x) = (v x, v, w x + b, 1) =
(2x, 2, 3x + 1, 1), so g1 = (2, 2, 4, 1), g2 = (4, 2, 7, 1); K = [[25, 41], [41, 70]]; tr K = 95, det K = 69;
λ = (95 ± √8749)/2 ≈ 94.26804465, 0.7319553496; the hidden value h = w x + b = 3x + 1 is 4 and 7.
"""

from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.maple_session import is_maple, maple_notes

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)

SESSION = """Names: w, b for layer 1, v, c for layer 2.

```
> f := x -> v*(w*x + b) + c;
> theta := [w, b, v, c]:
> nops(theta);
                                   4
> P := {w=3, b=1, v=2, c=0}:
> diff(f(x), w);
                                  v x
> G := map(p -> diff(f(x), p), theta);
                        G := [v x, v, w x + b, 1]
> g1 := eval(subs(P, G), x = 1);
                         g1 := [2, 2, 4, 1]
> g2 := eval(subs(P, G), x = 2);
                         g2 := [4, 2, 7, 1]
> K := Matrix([[25, 41], [41, 70]]):
> Trace(K), Determinant(K);
                                 95, 69
> Eigenvalues(K);
              [95/2 + 1/2*sqrt(8749), 95/2 - 1/2*sqrt(8749)]
> evalf(%);
                      [94.26804465, 0.7319553496]
> h := w*x + b:  eval(subs(P, h), x = 1), eval(subs(P, h), x = 2);
                                 4, 7
```
"""


def _check(tmp_path, body: str):
    return _verdicts(tmp_path, LINEAR, body)


def test_a_session_reads_each_prompt_and_output_on_its_line(tmp_path):
    verdicts, first = _check(tmp_path, SESSION)
    assert verdicts[4] == ["correct"]                       # f := x -> …: the network, on its prompt
    assert verdicts[5] == ["correct"]                       # θ typed with ':' (nothing shown)
    assert verdicts[7] == ["correct"]                       # nops(theta) → 4 parameters
    assert verdicts[10] == ["correct"]                      # diff(f(x), w) → v x
    assert verdicts[12] == ["correct"] * 4                  # one derivative per entry of θ
    assert verdicts[14] == ["correct"]                      # the gradient at x = 1
    assert verdicts[16] == ["correct"]
    assert verdicts[17] == ["correct"]                      # the kernel she typed
    assert verdicts[19] == ["correct", "correct"]           # trace and determinant
    assert verdicts[21] == ["correct", "correct"]           # exact eigenvalues
    assert verdicts[23] == ["correct", "correct"]           # evalf(%): the eigenvalues again, ≈
    assert verdicts[25] == ["correct", "correct"]           # the typed h at x = 1 and x = 2: h = 3x + 1
    assert first == 0


def test_a_slip_typed_in_a_value_is_wrong_and_what_maple_computes_from_it_is_carried(tmp_path):
    notes = SESSION.replace("[[25, 41], [41, 70]]", "[[25, 41], [41, 71]]").replace("95, 69", "96, 94")
    notes = notes.replace("95/2 + 1/2*sqrt(8749), 95/2 - 1/2*sqrt(8749)", "48 + sqrt(2210), 48 - sqrt(2210)")
    notes = notes.replace("[94.26804465, 0.7319553496]", "[95.01063709, 0.98936291]")
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[17] == ["wrong"]
    assert verdicts[21] == ["carried", "carried"]
    assert first == 17


def test_a_wrong_derivative_printed_by_hand_in_a_list_is_wrong(tmp_path):
    verdicts, first = _check(tmp_path, SESSION.replace("G := [v x, v, w x + b, 1]", "G := [v, v, w x + b, 1]"))
    assert "wrong" in verdicts[12]
    assert first == 12


def test_a_two_d_matrix_output_after_a_blank_line_and_indented_prompts():
    notes = ("    > K := J . Transpose(J);\n\n"
             "                 [25  41]\n"
             "                 [      ]\n"
             "                 [41  70]\n"
             "    > Eigenvalues(K);\n"
             "              95/2 + 1/2*sqrt(8749), 95/2 - 1/2*sqrt(8749)\n")
    lines = maple_notes(notes).split("\n")
    assert lines[2] == "$K = [[25, 41], [41, 70]]$"
    assert lines[6].startswith(r"$\lambda_{1} = 95/2")
    assert all(not line.startswith(" ") for line in lines)   # no Markdown code block left


def test_quotes_and_r_prompts_are_no_maple_session():
    assert not is_maple("> Note: the kernel is symmetric;\n> so K12 = K21:\n")
    assert not is_maple("> K <- J %*% t(J);\n> eigen(K)$values;\n")
    assert is_maple(SESSION)
