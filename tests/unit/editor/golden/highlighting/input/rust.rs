use std::io::{self, BufRead};

/// 입력을 읽어 합을 구한다 🦀
fn main() {
    let stdin = io::stdin();
    let mut total: i64 = 0;
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        if let Ok(v) = line.trim().parse::<i64>() {
            total += v;
        }
    }
    let label = "합계 ✨";
    let c = 'x';
    /* block
       comment */
    println!("{}: {} {}", label, total, c);
}
