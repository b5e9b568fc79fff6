import sys
from collections import deque


def bfs(graph, start):
    """Breadth-first search.

    반환값: distances 📏
    """
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph.get(node, []):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


class Solver:
    @staticmethod
    def run(data: str) -> None:
        n = int(data.split()[0])  # 첫 번째 숫자
        print(f"n = {n} ✅", 3.14, 0x1F, None, True)


if __name__ == "__main__":
    Solver.run(sys.stdin.read())
