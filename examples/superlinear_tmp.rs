//! Throwaway: every distinct corpus line repeated to 64 KB and 256 KB; print lines whose parse time grows more than linearly.
fn main() {
    let dir = std::path::Path::new("fixtures/corpus");
    let mut lines = std::collections::BTreeSet::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            for l in std::fs::read_to_string(&p).unwrap().lines() {
                let l = l.trim();
                if !l.is_empty() {
                    lines.insert(l.to_string());
                }
            }
        }
    }
    // Also pairs of a line with a blank line / without newline.
    let mut rows = Vec::new();
    for l in &lines {
        for sep in ["\n", "\n\n", ""] {
            let unit = format!("{l}{sep}");
            let time = |n: usize| {
                let s = unit.repeat(n.div_ceil(unit.len()));
                let t = std::time::Instant::now();
                let d = gongwen::parse(&s);
                std::hint::black_box(d.tasks.len());
                t.elapsed().as_secs_f64()
            };
            let a = time(128 << 10).min(time(128 << 10));
            let b = time(512 << 10);
            if b > 0.02 && b / a > 6.0 {
                let b2 = time(512 << 10);
                if b2 / a > 6.0 {
                    rows.push((b / a, b, unit.clone()));
                }
            }
        }
    }
    rows.sort_by(|x, y| y.0.partial_cmp(&x.0).unwrap());
    for (r, b, u) in rows.iter().take(40) {
        println!(
            "{r:6.1}x {b:7.3}s {:?}",
            u.chars().take(60).collect::<String>()
        );
    }
    println!("{} lines, {} flagged", lines.len(), rows.len());
}
