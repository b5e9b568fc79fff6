function area(w: number, h: number): number {
    return w * h;
}

const s: string = area(2, 3);
console.log(s, count);
