use gongwen::extract::departments::{is_department_name, split_departments};
fn main() {
    for s in std::env::args().skip(1) {
        let v = split_departments(&s);
        let ok: Vec<bool> = v.iter().map(|n| is_department_name(n)).collect();
        println!("{s} -> {v:?} {ok:?}");
    }
}
