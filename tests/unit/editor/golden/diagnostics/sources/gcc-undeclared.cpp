#include <iostream>

int square(int v)
{
    int big = 10000000000;
    return v * v + big;
}

int main()
{
    int n;
    std::cin >> n;
    std::cout << square(n) + count << "\n";
}
