"""A SageMath session (``sage:`` prompts, Sage's output below, ``#`` comments) read as claims (invented notes).

Expected values worked out by hand: f(x) = v (w x + b) + c with w = 3, b = 1, v = 2, c = 0, datapoints 1 and 2;
θ = (w, b, v, c), ∇f(x) = (v x, v, w x + b, 1) = (2x, 2, 3x + 1, 1), so ∇f(1) = (2, 2, 4, 1), ∇f(2) = (4, 2, 7, 1);
K = [[4+4+16+1, 8+4+28+1], [·, 16+4+49+1]] = [[25, 41], [41, 70]]; tr K = 95, det K = 1750 − 1681 = 69; Sage's
charpoly det(xI − K) = x^2 − 95x + 69; λ = (95 ± √(9025 − 276))/2 = (95 ± √8749)/2 ≈ 0.731955, 94.2680
(√8749 ≈ 93.53609).
"""

from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.check.sage_claims import values_given
from symntk.check.sage_session import is_sage, sage_notes, split_code

SESSION = """# f(x) = v*(w*x + b) + c, datapoints x_1 = 1, x_2 = 2
sage: var('w b v c x')
(w, b, v, c, x)
sage: f = v*(w*x + b) + c
sage: theta = [w, b, v, c]; len(theta)
4
sage: [f.diff(t) for t in theta]
[v*x, v, w*x + b, 1]
sage: vals = {w:3, b:1, v:2, c:0}
sage: g = lambda p: vector([f.diff(t).subs(vals).subs(x=p) for t in theta])
sage: g(1); g(2)
(2, 2, 4, 1)
(4, 2, 7, 1)
# K_12 = 8 + 4 + 28 + 1 = 41
sage: K = matrix(QQ, [[25, 41], [41, 70]]); K
[25 41]
[41 70]
sage: K.charpoly()
x^2 - 95*x + 69
sage: K.det(), K.trace()
(69, 95)
sage: [n(l, digits=6) for l in K.eigenvalues()]
[0.731955, 94.2680]
"""


def _verdicts(notes: str):
    report = check_text(notes, "notes.sage")
    return line_verdicts(report), first_mistake(report)


def test_each_prompt_and_printed_output_is_a_claim_on_its_line():
    verdicts, first = _verdicts(SESSION)
    assert verdicts[4] == ["correct"]                       # f = …: the network, on its prompt
    assert verdicts[6] == ["correct"]                       # len(theta) → 4 parameters
    assert verdicts[8] == ["correct"] * 4                   # one derivative per entry of θ
    assert verdicts[12] == ["correct"]                      # g(1), the gradient at x = 1
    assert verdicts[13] == ["correct"]                      # g(2), printed on the next output line
    assert verdicts[14] == ["correct", "correct"]           # the # comment: K_12 = 8 + 4 + 28 + 1 = 41
    assert verdicts[15] == ["correct"]                      # the kernel she typed, claimed once on its prompt
    assert 16 not in verdicts                               # … and not again where Sage echoes it
    assert verdicts[19] == ["correct"]                      # charpoly, Sage's x as λ
    assert verdicts[21] == ["correct", "correct"]           # det and trace
    assert verdicts[23] == ["correct", "correct"]           # the eigenvalues to 6 digits
    assert first == 0


def test_a_slip_typed_in_the_kernel_is_wrong_and_what_sage_computes_from_it_is_carried():
    notes = SESSION.replace("[[25, 41], [41, 70]]", "[[25, 41], [41, 71]]").replace("(69, 95)", "(94, 96)")
    notes = notes.replace("x^2 - 95*x + 69", "x^2 - 96*x + 94")
    verdicts, first = _verdicts(notes)
    assert verdicts[15] == ["wrong"]
    assert verdicts[19] == ["carried"]
    assert first == 15


def test_a_wrong_printed_gradient_is_wrong():
    verdicts, first = _verdicts(SESSION.replace("(4, 2, 7, 1)", "(4, 2, 6, 1)"))
    assert verdicts[13] == ["wrong"]
    assert first == 13


def test_the_notes_of_a_session_line_for_line():
    lines = sage_notes(SESSION).split("\n")
    assert len(lines) == len(SESSION.split("\n"))
    assert lines[0] == "f(x) = v*(w*x + b) + c, datapoints x_1 = 1, x_2 = 2"     # the comment's # dropped
    assert lines[2] == ""                                                        # var(…) prints no claim
    assert lines[8] == "$w = 3$, $b = 1$, $v = 2$, $c = 0$"                     # the values she gave
    assert lines[16] == ""
    assert lines[18] == r"$\det(\lambda I - K) = \lambda ^2 - 95*\lambda  + 69$"  # det(xI − K) in Sage


def test_statements_values_and_what_is_no_session():
    assert split_code("K = J*J.T; K   # the kernel") == (["K = J*J.T", "K"], "the kernel")
    assert values_given("J = matrix([[f.diff(t).subs(w=3, b=1, x=p) for t in theta]])") == ["w = 3", "b = 1"]
    assert values_given("vals = {w11: 1, b11: 0, x: 2}") == ["w11 = 1", "b11 = 0"]
    assert is_sage(SESSION)
    assert not is_sage("sage: one prompt quoted in prose\nK = [[1, 2], [2, 1]]\n")


def test_an_activation_under_the_learners_own_name_and_comment_spellings():
    from symntk.check.sage_session import own_activations
    notes = "sage: s(z) = 1/(1 + exp(-z))\n# s'(z) = s(z)(1 - s(z)), s = 1/2\nsage: f = w*s(x) + c\n"
    assert own_activations(notes) == ("sage: sigma(z) = 1/(1 + exp(-z))\n# sigma'(z) = sigma(z)(1 - sigma(z)), "
                                      "s = 1/2\nsage: f = w*sigma(x) + c\n")
    assert own_activations("sage: r(z) = max(0, z)\nsage: r(2)\n") == "sage: relu(z) = max(0, z)\nsage: relu(2)\n"
    assert own_activations("sage: dt(z) = 1 - tanh(z)\nsage: dt(1)\n") == "sage: dt(z) = 1 - tanh(z)\nsage: dt(1)\n"
    lines = sage_notes(SESSION + "# so lam_1 ~ 0.732,      lam_2 ~ 94.3\n").split("\n")
    assert lines[23] == "so λ_1 ≈ 0.732,      λ_2 ≈ 94.3"


def test_rounded_eigenvalues_in_a_comment_are_claims():
    # (95 − √8749)/2 = 0.7319553… rounds to 0.732; 0.733 is a slip
    verdicts, _ = _verdicts(SESSION + "# so lam_1 ~ 0.733, lam_2 ~ 94.3\n")
    assert verdicts[24] == ["wrong", "correct"]


def test_other_sage_spellings_of_the_same_results():
    from symntk.check.maple_claims import Session
    from symntk.check.sage_claims import claims
    session = Session()
    assert claims("K = matrix(QQ, 2, [25, 41, 41, 70])", None, session) == ["K = [[25, 41], [41, 70]]"]
    assert claims("print(K.charpoly('t'))", "t^2 - 95*t + 69", session) == [
        r"\det(\lambda I - K) = \lambda ^2 - 95*\lambda  + 69"]
    assert claims("n(sqrt(8749), digits=6)", "93.5361", session) == [r"sqrt(8749) \approx 93.5361"]
    assert claims("K[0,1]", "41", session) == ["K_{12} = 41"]                   # Python's 0-based index
    assert claims("K.eigenvalues()", "[-1/2*sqrt(8749) + 95/2, 1/2*sqrt(8749) + 95/2]", session) == [
        r"\lambda_{1} = -1/2*sqrt(8749) + 95/2", r"\lambda_{2} = 1/2*sqrt(8749) + 95/2"]
    assert claims("n(95/2 - sqrt(8749)/2), n(95/2 + sqrt(8749)/2)", "(0.731955, 94.2680)", session) == [
        r"\lambda_{1} \approx 0.731955", r"\lambda_{2} \approx 94.2680"]   # after the eigenvalues: them again


def test_a_sage_script_without_prompts_is_read_as_a_code_file():
    script = ("# f(x) = v*(w*x + b) + c with w = 3, b = 1, v = 2, c = 0; x_1 = 1, x_2 = 2\n"
              "var('w b v c x')\n"
              "g2 = vector(QQ, [4, 2, 7, 1])\n"
              "K = matrix(QQ, [[25, 41], [41, 71]])\n")
    verdicts, first = _verdicts(script)
    assert verdicts[3] == ["correct"]                       # ∇f(x_2) typed with Sage's vector(QQ, …)
    assert verdicts[4] == ["wrong"]                         # K_22 = 16 + 4 + 49 + 1 = 70, not 71
    assert first == 4
