%% NTK Homework - Exercise B
% same network as in the lecture: f(x) = W2*(W1*x + b1) + b2, no activation
% given: W1 = [2; -1], b1 = [1; 0], W2 = [1 3], b2 = 1
% datapoints: x1 = 1, x2 = -1
W1 = [2; -1]; b1 = [1; 0]; W2 = [1 3]; b2 = 1;
X = [1, -1];
%% f written out
% f(x) = W2(1)*(W1(1)*x + b1(1)) + W2(2)*(W1(2)*x + b1(2)) + b2
%      = 1*(2x + 1) + 3*(-x + 0) + 1 = -x + 2
f = @(x) W2*(W1*x + b1) + b2;
f(X(1))
ans = 1
f(X(2))
ans = 3
%% parameters
% theta = [W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2]  (7 parameters)
theta = [W1; b1; W2.'; b2].'
theta = 1x7
     2    -1     1     0     1     3     1

%% derivatives (symbolic)
% df/dW1_i = W2_i * x   ->  [x, 3x]
% df/db1_i = W2_i       ->  [1, 3]
% df/dW2_i = W1_i*x + b1_i  ->  [2x + 1, -x]
% df/db2 = 1
syms x
gsym = [W2.'*x; W2.'; W1*x + b1; 1].'
gsym = 
[x, 3*x, 1, 3, 2*x + 1, -x, 1]

%% gradients at the datapoints
g1 = double(subs(gsym, x, X(1)))
g1 = 1x7
     1     3     1     3     3    -1     1

g2 = double(subs(gsym, x, X(2)))
g2 = 1x7
    -1    -3     1     3    -1     1     1

%% NTK
J = [g1; g2];
K = J*J.'
K = 2x2
    31    -3
    -3    23

% K11 = 1 + 9 + 1 + 9 + 9 + 1 + 1 = 31
% K12 = -1 - 9 + 1 + 9 - 3 - 1 + 1 = -3
% K22 = 1 + 9 + 1 + 9 + 1 + 1 + 1 = 23
%% eigenvalues
syms lambda
p = det(K - lambda*eye(2))
p = lambda^2 - 54*lambda + 704
% (31 - lambda)(23 - lambda) - 9 = 713 - 54 lambda + lambda^2 - 9
solve(p == 0, lambda)
ans = 
22
32

% trace = 54 = 22 + 32 and det = 704 = 22*32  -> checks out
eig(K)
ans = 2x1
    22
    32

