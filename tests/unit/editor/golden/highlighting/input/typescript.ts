interface Point {
  x: number;
  y: number; // 좌표 📍
}

type Pair<T> = [T, T];

export function distance(a: Point, b: Point): number {
  const dx: number = a.x - b.x;
  const dy = a.y - b.y;
  return Math.sqrt(dx * dx + dy * dy);
}

const label: string = "거리 = " + distance({ x: 0, y: 0 }, { x: 3, y: 4 }).toFixed(2);
let pair: Pair<boolean> = [true, false];
console.log(label, pair);
