%% Exercise A - NTK by hand (Live Script export)
% Given: W1 = [1; 1], b1 = [0; 1], W2 = [1, 0], b2 = 0, x1 = 1, x2 = 2
% f(x) = W2*(W1*x + b1) + b2
W1 = [1; 1]; b1 = [0; 1]; W2 = [1, 0]; b2 = 0;
%% network
% hidden layer z = W1*x + b1 = [x; x + 1]
% f(x) = 1*x + 0*(x + 1) + 0 = x
f = @(x) W2*(W1*x + b1) + b2;
[f(1) f(2)]
ans = 1x2
     1     2

%% parameters
% b2 only shifts f up and down, it does not change the shape, so I leave it out of theta
% theta = [W1(1) W1(2) b1(1) b1(2) W2(1) W2(2)]
% -> 6 parameters
%% partial derivatives
% df/dW1 = W2'*x = [x; 0]
% df/db1 = W2' = [1; 0]
% df/dW2 = z' = [x, x + 1]
gradf = @(x) [W2'*x; W2'; (W1*x + b1)];
g1 = gradf(1)'
g1 = 1x6
     1     0     1     0     1     2

g2 = gradf(2)'
g2 = 1x6
     2     0     1     0     2     3

%% kernel
% K11 = 1^2 + 0^2 + 1^2 + 0^2 + 1^2 + 2^2 = 7
K11 = g1*g1'
K11 = 7
% K12 = 
% TODO finish K12, K22 and the eigenvalues (eig(K)) - ran out of time before the deadline
