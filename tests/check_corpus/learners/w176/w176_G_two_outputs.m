%% Exercise G - two outputs
% f: R -> R^2,  f(x) = W2*(W1*x + b1) + b2  (no activation)
% W1 = 1, b1 = 1, W2 = [1; 2], b2 = [0; 0]
% x1 = 1, x2 = 2
% The sheet lets us pick: I do the 2x2 kernel of each output separately (K^(1) for f_1, K^(2) for f_2).
W1 = 1; b1 = 1; W2 = [1; 2]; b2 = [0; 0];
%% f
% h = W1*x + b1 = x + 1
% f_1(x) = 1*(x + 1) + 0 = x + 1
% f_2(x) = 2*(x + 1) + 0 = 2x + 2
% theta = [W1, b1, W2(1), W2(2), b2(1), b2(2)]  --> 6 parameters
%% gradients of output 1
% df1/dW1 = W2(1)*x = x, df1/db1 = W2(1) = 1, df1/dW2(1) = h, df1/dW2(2) = 0, df1/db2(1) = 1, df1/db2(2) = 0
G1 = [1 1 2 0 1 0; 2 1 3 0 1 0]     % row 1: x = 1, row 2: x = 2
G1 = 2x6
     1     1     2     0     1     0
     2     1     3     0     1     0

K1 = G1*G1'
K1 = 2x2
     7    10
    10    15

% det(K1 - l*I) = (7 - l)(15 - l) - 100 = l^2 - 22*l + 5
% l = 11 +- sqrt(121 - 5) = 11 +- sqrt(116)
sqrt(116)
ans = 10.7703
% => l = 21.7703 and l = 0.2297
%% gradients of output 2
% df2/dW1 = W2(2)*x = 2x, df2/db1 = 2, df2/dW2(1) = 0, df2/dW2(2) = h, df2/db2(1) = 0, df2/db2(2) = 1
G2 = [2 2 0 2 0 1; 4 2 0 3 0 1]
G2 = 2x6
     2     2     0     2     0     1
     4     2     0     3     0     1

K2 = G2*G2'
K2 = 2x2
    13    19
    19    30

% det(K2 - l*I) = (13 - l)(30 - l) - 19 = l^2 - 43*l + 390 - 19 = l^2 - 43*l + 371
% l = (43 +- sqrt(43^2 - 4*371))/2 = (43 +- sqrt(1849 - 1484))/2 = (43 +- sqrt(365))/2
sqrt(365)
ans = 19.1050
% => l = (43 + 19.1050)/2 = 31.0525 and l = (43 - 19.1050)/2 = 11.9475
% check: 31.0525 + 11.9475 = 43 = trace(K2)  ok
