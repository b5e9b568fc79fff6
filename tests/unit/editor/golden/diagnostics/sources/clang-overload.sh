cat > main.cpp <<'CPP'
#include <string>

struct Point {
    int x, y;
};

int area(const Point &a, const Point &b) { return (b.x - a.x) * (b.y - a.y); }

template <typename T> T twice(T v) { return v + v; }

int main()
{
    std::string s = area(Point{0, 0});
    return twice(Point{1, 2}).x;
}
CPP
clang++ -std=c++20 -fsyntax-only main.cpp
