%% Exercise C - NTK for a 1-1-1 tanh network
% f(x) = W2*tanh(W1*x + b1) + b2   (all scalars)
% given W1 = 1, b1 = 0, W2 = 2, b2 = 0
% datapoints x1 = 0, x2 = 1
W1 = 1; b1 = 0; W2 = 2; b2 = 0;
xdata = [0 1];
%% f and theta
% f(x) = 2*tanh(x)
% theta = [W1; b1; W2; b2], so 4 parameters
%% derivatives
% z = W1*x + b1,  a = tanh(z)
% tanh'(z) = 1 - tanh(z)
% df/dW1 = W2*tanh'(z)*x
% df/db1 = W2*tanh'(z)
% df/dW2 = tanh(z)
% df/db2 = 1
dtanh = @(z) 1 - tanh(z);
g = @(x) [W2*dtanh(W1*x+b1)*x, W2*dtanh(W1*x+b1), tanh(W1*x+b1), 1];
%% x1 = 0
% z = 0, tanh(0) = 0, tanh'(0) = 1
g1 = g(xdata(1))
g1 = 1x4
     0     2     0     1

%% x2 = 1
% z = 1
tanh(1)
ans = 0.7616
dtanh(1)
ans = 0.2384
g2 = g(xdata(2))
g2 = 1x4
    0.4768    0.4768    0.7616    1.0000

%% kernel
J = [g1; g2]
J = 2x4
         0    2.0000         0    1.0000
    0.4768    0.4768    0.7616    1.0000

K = J*J'
K = 2x2
    5.0000    1.9536
    1.9536    2.0347

% K11 = 0 + 4 + 0 + 1 = 5
% K12 = 0*0.4768 + 2*0.4768 + 0*0.7616 + 1 = 1.9536
% K22 = 0.4768^2 + 0.4768^2 + 0.7616^2 + 1 = 0.2273 + 0.2273 + 0.5800 + 1 = 2.0347
%% eigenvalues
trace(K)
ans = 7.0347
det(K)
ans = 6.3570
lam = eig(K)
lam = 2x1
    1.0648
    5.9699

% both positive, so K is positive definite as it should be
