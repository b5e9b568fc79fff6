fn pick(values: &[i32], i: usize) -> i32 {
    values[i]
}

fn main() {
    let v = vec![1, 2, 3];
    let i = v.len() + 2;
    println!("{}", pick(&v, i));
}
