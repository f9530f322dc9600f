//! Throwaway: every pair of consecutive corpus lines, with each separator, repeated to 64 KB and 256 KB; confirm flagged ones at 1 MB.
fn main() {
    let mut units = std::collections::BTreeSet::new();
    for e in std::fs::read_dir("fixtures/corpus").unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&p).unwrap();
            let ls: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            for w in ls.windows(2) {
                for sep in ["\n", "\n\n", ""] {
                    units.insert(format!("{}{sep}{}{sep}", w[0], w[1]));
                }
            }
        }
    }
    let time = |unit: &str, n: usize| {
        let s = unit.repeat(n.div_ceil(unit.len()));
        let mut best = f64::MAX;
        for _ in 0..2 {
            let t = std::time::Instant::now();
            let d = gongwen::parse(&s);
            std::hint::black_box(d.tasks.len());
            best = best.min(t.elapsed().as_secs_f64());
        }
        best
    };
    let mut flagged = 0;
    for u in &units {
        let (a, b) = (time(u, 64 << 10), time(u, 256 << 10));
        if b > 0.004 && b / a > 6.0 {
            let c = time(u, 1 << 20);
            if c / b > 6.0 {
                flagged += 1;
                println!("{:5.1}x {:5.1}x {:.3}s {:?}", b / a, c / b, c, u.chars().take(70).collect::<String>());
            }
        }
    }
    println!("{} units, {} flagged", units.len(), flagged);
}
