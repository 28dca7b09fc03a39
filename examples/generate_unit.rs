//! Writes a unit of member files for timing `tumbuh team`:
//! `cargo run --release --example generate_unit -- DIR 5000 30` (members, entries each).

#[path = "../benches/support/mod.rs"]
mod support;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "unit".into());
    let members: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5_000);
    let entries: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(30);
    support::unit::write_unit(std::path::Path::new(&dir), members, entries);
    eprintln!("{members} member files of {entries} entries each in {dir}");
}
