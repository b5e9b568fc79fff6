fn main() {
    let unused = 3;
    let mut total = 0;
    for i in 0..3 {
        total += i;
    }
    println!("{}", 6);
}
