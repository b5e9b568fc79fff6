fn total(values: &[i32]) -> i32 {
    let unused = 3;
    values.iter().sum::<i32>() + offset
}

fn main() {
    println!("{}", total(&[1, 2, 3]));
}
