const values: number[] = [1, 2, 3];
for (const v of values) {
    console.log(v +);
}
