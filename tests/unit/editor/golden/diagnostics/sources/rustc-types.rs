fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    let s: String = area(2, 3);
    let n = area(2, "3");
    println!("{} {}", s, n);
}
