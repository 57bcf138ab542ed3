%% HW 3 - Neural Tangent Kernel - Exercise A (the lecture example)
% ME 2nd year, did it as a Live Script and exported to .m, outputs pasted under the lines.
%% Given
% f(x) = W1 -> hidden (2 units, no activation) -> output (linear)
% f(x) = W2*(W1*x + b1) + b2
% W1 = [1; 1], b1 = [0; 1], W2 = [1 0], b2 = 0
% datapoints x1 = 1, x2 = 2
W1 = [1; 1]; b1 = [0; 1]; W2 = [1 0]; b2 = 0;
x1 = 1; x2 = 2;
%% Step 1: write f out
% f(x) = W2(1)*(W1(1)*x + b1(1)) + W2(2)*(W1(2)*x + b1(2)) + b2
% with numbers: f(x) = 1*(x + 0) + 0*(x + 1) + 0 = x
f = @(x) W2*(W1*x + b1) + b2;
f(x1)
ans = 1
f(x2)
ans = 2
%% Step 2: parameter vector theta
% order: layer 1 weights, layer 1 biases, layer 2 weights, layer 2 bias
% theta = [W1(1,1); W1(2,1); b1(1); b1(2); W2(1,1); W2(1,2); b2]
theta = [W1; b1; W2'; b2]
theta = 7x1
     1
     1
     0
     1
     1
     0
     0

P = numel(theta)
P = 7
%% Step 3: derivatives
% chain rule, h = W1*x + b1 is the hidden layer:
% df/dW1(i) = W2(i)*x     -> as a column: W2'*x
% df/db1(i) = W2(i)       -> W2'
% df/dW2(i) = h(i) = W1(i)*x + b1(i)   -> (W1*x + b1)
% df/db2 = 1
grad = @(x) [W2'*x; W2'; W1*x + b1; 1];
% at x1 = 1: h = [1; 2]
g1 = grad(x1)
g1 = 7x1
     1
     0
     1
     0
     1
     2
     1

% at x2 = 2: h = [2; 3]
g2 = grad(x2)
g2 = 7x1
     2
     0
     1
     0
     2
     3
     1

%% Step 4: NTK entries  K_ij = sum_k df(x_i)/dtheta_k * df(x_j)/dtheta_k
K11 = g1'*g1
K11 = 8
K12 = g1'*g2
K12 = 12
K22 = g2'*g2
K22 = 19
% check by hand: K12 = 1*2 + 0 + 1*1 + 0 + 1*2 + 2*3 + 1*1 = 2+1+2+6+1 = 12 ok
% Jacobian, one row per datapoint
J = [g1'; g2']
J = 2x7
     1     0     1     0     1     2     1
     2     0     1     0     2     3     1

K = J*J'
K = 2x2
     8    12
    12    19

%% Step 5: eigenvalues
% det(K - lambda*I) = (8 - lambda)*(19 - lambda) - 144 = lambda^2 - 27*lambda + 8
trace(K)
ans = 27
det(K)
ans = 8.0000
% lambda = (27 +- sqrt(27^2 - 4*8))/2 = (27 +- sqrt(697))/2
sqrt(697)
ans = 26.4008
eig(K)
ans = 2x1
    0.2996
   26.7004

% so lambda_1 = 26.7004 and lambda_2 = 0.2996, both positive (K is pos. def.)
