//! Writes a large data file for timing: `cargo run --release --example generate -- 10000 > big.toml`.

#[path = "../benches/support/mod.rs"]
mod support;

fn main() {
    let logs: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(10_000);
    print!("{}", tumbuh::store::encode(&support::generate(logs)));
}
