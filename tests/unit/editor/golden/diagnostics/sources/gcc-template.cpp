#include <algorithm>
#include <list>
#include <string>

struct Point {
    int x, y;
};

int area(const Point &a, const Point &b) { return (b.x - a.x) * (b.y - a.y); }

int main()
{
    std::list<int> values{3, 1, 2};
    std::sort(values.begin(), values.end());
    std::string s = area(Point{0, 0});
}
