//! Every input the fuzzers (`fuzz/`) ever broke, replayed as an ordinary
//! test through the same checks the fuzz targets make.
//!
//! Crash files live in `tests/data/fuzz/` (raw bytes, named after the
//! target and the libFuzzer artifact); small ones are also inline below.

#[path = "support/invariants.rs"]
mod invariants;

use std::path::PathBuf;

/// What `fuzz_targets/parse.rs` checks: valid UTF-8 parses and keeps every
/// invariant; anything else is a clean decode error, and its lossy decoding
/// parses and keeps every invariant.
fn parse_target(data: &[u8]) {
    match gongwen::parse_bytes(data, &gongwen::Options::default()) {
        Ok(p) => {
            if let Err(e) = invariants::check(&p.text, &p.document) {
                panic!("invariant broken: {e}");
            }
        }
        Err(gongwen::Error::Decode { .. }) => {
            assert!(std::str::from_utf8(data).is_err(), "valid UTF-8 refused");
            let text = String::from_utf8_lossy(data);
            if let Err(e) = invariants::check(&text, &gongwen::parse(&text)) {
                panic!("invariant broken: {e}");
            }
        }
        Err(e) => panic!("unexpected error {e}"),
    }
}

/// What `fuzz_targets/roundtrip.rs` checks, plus the span invariants.
fn roundtrip_target(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    invariants::parse_and_check(&text);
}

fn both(data: &[u8]) {
    parse_target(data);
    roundtrip_target(data);
}

/// `both`, on a thread, failing (rather than hanging the suite) when it has
/// not finished in `secs` seconds: fuzzing found an infinite loop once.
fn both_within(data: &[u8], secs: u64) {
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = data.to_vec();
    let worker = std::thread::spawn(move || {
        both(&owned);
        tx.send(()).ok();
    });
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(()) => worker.join().unwrap(),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            // The worker panicked: re-raise its panic.
            if let Err(p) = worker.join() {
                std::panic::resume_unwind(p);
            }
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!(
            "parsing {:?} did not finish in {secs} s",
            String::from_utf8_lossy(invariants::preview_bytes(data))
        ),
    }
}

#[test]
fn replay_saved_crashes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        eprintln!("replaying {}", path.display());
        both_within(&data, 30);
        n += 1;
    }
    eprintln!("{n} saved inputs replayed");
}

#[test]
fn seeds_pass_both_targets() {
    for seed in [
        include_bytes!("data/000_ff0d01acfb8f9152.txt").as_slice(),
        include_bytes!("data/16_sh-elderly-homes-fire-problem-list-rectify.txt"),
        include_bytes!("data/26_gz-minimum-living-standard-notice.txt"),
    ] {
        both(seed);
    }
}

/// Found by `parse` (round 2, in the seed corpus replay): a task with no
/// deadline of its own (its 完成时限 clause mangled) takes the deadline of a
/// heading above it, whose span lies before the task. That is by design
/// (`src/extract/tasks.rs`, phase-heading deadlines); the invariant was too
/// strict and now allows a governing deadline that precedes its task.
/// The file is `tests/data/fuzz/parse-crash-9a9dfac4…`; this is its shape.
#[test]
fn inherited_heading_deadline_lies_before_its_task() {
    let s = "（一）动员部署阶段（8月31日前）\n\n1.制定工作方案。（牵头部门：市住建委）\n\n2.开展排查。（牵头部门：区民政局；完成时限：9月底前）\n";
    let doc = invariants::parse_and_check(s);
    let t = &doc.tasks[0];
    let d = t.deadline.as_ref().expect("inherited deadline");
    assert_eq!(&s[d.span.range()], "8月31日前");
    assert!(d.span.end <= t.span.start);
    let d2 = doc.tasks[1].deadline.as_ref().unwrap();
    assert!(doc.tasks[1].span.contains(d2.span));
    both(s.as_bytes());
}

/// Found by `parse` (round 3) as a libFuzzer timeout, `tests/data/fuzz/
/// parse-timeout-7f0e8f6e…`: a header block that is a bare 文号 with no
/// agency ((2017)69号) was "split" into itself by the glued-number rule of
/// `layout::header`, which then looked at it again, forever. Fixed in
/// `src/elements/layout.rs` (split only when something is split off).
#[test]
fn bare_doc_number_without_agency_does_not_hang() {
    for s in [
        "(2017)69号",
        "〔2025〕2号",
        "[2019]3号",
        "  〔2025〕2号",
        "关于做好防汛工作的通知\n〔2025〕2号\n各区人民政府：\n一、加强值守。\n",
        "穗民规字\n〔2025〕2号\n",
    ] {
        both_within(s.as_bytes(), 10);
    }
}

/// A bare number glued to a title is still split off and read.
#[test]
fn glued_doc_number_is_still_split_off() {
    // (A title over 16 characters, so the line is not read whole as one number.)
    let s =
        "关于进一步做好全市防汛防台工作的通知国办发〔2014〕56号\n各区人民政府：\n一、加强值守。\n";
    let doc = invariants::parse_and_check(s);
    let n = doc.doc_number.expect("doc number");
    assert_eq!(n.raw, "国办发〔2014〕56号");
    assert_eq!(
        doc.title.as_deref(),
        Some("关于进一步做好全市防汛防台工作的通知")
    );
}
