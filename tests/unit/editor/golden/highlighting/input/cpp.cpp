#include <bits/stdc++.h>
#define MAX_N 100005
using namespace std;

/* 다익스트라: shortest paths 🚀
   over a weighted graph */
struct Edge {
    int to;
    long long w;
};

// 입력: n m, then m edges
int main()
{
    ios::sync_with_stdio(false);
    int n = 0, m = 0;
    cin >> n >> m;
    vector<vector<Edge>> g(n);
    for (int i = 0; i < m; ++i) {
        int a, b;
        long long w;
        cin >> a >> b >> w;
        g[a].push_back({b, w});
    }
    const double ratio = 0.5e-3;
    char sep = '\n';
    auto s = "안녕 🎉 \"quoted\"";
    if (n > 0xFF) {
        cout << s << sep;
    } else {
        cout << ratio << endl; // TODO: format
    }
    return 0;
}
