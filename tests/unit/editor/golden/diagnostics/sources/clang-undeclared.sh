cat > main.cpp <<'CPP'
#include <vector>

int sum(const std::vector<int> &v)
{
    int total = 0;
    for (int i = 0; i < v.size(); ++i)
        total += v[i];
    return totl;
}

int main() { return sum({1, 2, 3}) == 6 ? 0 : 1; }
CPP
clang++ -std=c++20 -fsyntax-only -Wall main.cpp
