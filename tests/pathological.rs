//! Pathological inputs: each must parse, keep every invariant, and finish
//! well inside a generous time bound (measured in-process; each bound is
//! about 20x what a debug build took on a 2-core machine, so it catches a
//! super-linear blow-up, which would take minutes to hours at these sizes,
//! without being flaky).

#[path = "support/inputs.rs"]
mod inputs;
#[path = "support/invariants.rs"]
mod invariants;

use gongwen::{parse_bytes, Error, Options};
use std::time::{Duration, Instant};

const MB: usize = 1 << 20;

/// Parse `input`, check the invariants, and assert it took under `limit`.
fn within(name: &str, input: &str, limit: Duration) -> gongwen::Document {
    let t0 = Instant::now();
    let doc = gongwen::parse(input);
    let took = t0.elapsed();
    eprintln!("{name}: {} bytes in {took:?}", input.len());
    assert!(
        took < limit,
        "{name}: {} bytes took {took:?}, over {limit:?}",
        input.len()
    );
    if let Err(e) = invariants::check(input, &doc) {
        panic!("{name}: invariant broken: {e}");
    }
    doc
}

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

#[test]
fn one_megabyte_on_one_line() {
    let input = inputs::one_line(MB);
    assert!(!input.contains('\n'));
    within("one_line", &input, secs(10));
}

#[test]
fn hundred_thousand_marker_lines() {
    let input = "一、\n".repeat(100_000);
    let doc = within("marker_lines", &input, secs(15));
    assert_eq!(doc.outline.len(), 100_000);
}

#[test]
fn deeply_alternating_markers() {
    let input = inputs::alternating_markers(MB);
    let doc = within("alternating_markers", &input, secs(20));
    assert!(!doc.outline.is_empty());
}

#[test]
fn ten_thousand_nested_parentheses() {
    let input = inputs::nested_parens(10_000);
    within("nested_parens", &input, secs(2));
}

#[test]
fn parenthesis_never_closed_then_a_megabyte() {
    let input = inputs::unclosed_paren(MB);
    let doc = within("unclosed_paren", &input, secs(5));
    assert_eq!(doc.outline.len(), 1);
}

#[test]
fn doc_number_hundred_thousand_times() {
    let input = "盘政办发〔2017〕69号".repeat(100_000);
    within("doc_numbers", &input, secs(90));
}

#[test]
fn doc_number_hundred_thousand_lines() {
    let input = "盘政办发〔2017〕69号\n".repeat(100_000);
    within("doc_number_lines", &input, secs(60));
}

#[test]
fn ten_thousand_assignments_in_a_row() {
    let input = "（牵头部门：市住建委；完成时限：2017年6月末前）".repeat(10_000);
    within("assignments", &input, secs(15));
}

#[test]
fn ten_thousand_tasks_in_a_row() {
    let input = "一、加强管理。（牵头部门：市住建委；完成时限：2017年6月末前）\n".repeat(10_000);
    let doc = within("tasks", &input, secs(20));
    assert_eq!(doc.tasks.len(), 10_000);
}

#[test]
fn concatenated_notices() {
    let input = inputs::concatenated_notices(2 * MB);
    within("concatenated_notices", &input, secs(30));
}

#[test]
fn a_megabyte_of_open_parentheses() {
    within("open_parens", &inputs::open_parens(MB), secs(10));
}

#[test]
fn title_never_closed_then_a_megabyte() {
    within("unclosed_title", &inputs::unclosed_title(MB), secs(30));
}

#[test]
fn a_megabyte_of_department_names_in_one_bracket() {
    within("department_list", &inputs::department_list(MB), secs(20));
}

#[test]
fn a_megabyte_of_markers_with_no_line_breaks() {
    within("markers_one_line", &inputs::markers_one_line(MB), secs(40));
}

#[test]
fn a_megabyte_of_deadline_phrases() {
    within("deadlines", &inputs::deadlines(MB), secs(20));
}

#[test]
fn a_megabyte_of_signature_blocks() {
    within("signatures", &inputs::signatures(MB), secs(30));
}

#[test]
fn a_megabyte_of_organs_and_dates_on_one_line() {
    within("glued_dates", &inputs::glued_dates(MB), secs(20));
}

#[test]
fn a_megabyte_of_glued_closings() {
    within("glued_closings", &inputs::glued_closings(MB), secs(20));
}

#[test]
fn a_megabyte_of_title_lines() {
    within("titles", &inputs::titles(MB), secs(20));
}

#[test]
fn a_megabyte_of_attachment_cc_and_residue_lines() {
    within("tail_lines", &inputs::tail_lines(MB), secs(40));
}

#[test]
fn a_megabyte_of_table_headers() {
    within("table_headers", &inputs::table_headers(MB), secs(20));
}

#[test]
fn a_megabyte_of_task_tables() {
    let doc = within("task_tables", &inputs::task_tables(MB), secs(30));
    // A unit repeats its header where the next row is due, so every other
    // unit opens a table of its own (one task each).
    assert!(doc.tasks.len() > 5_000, "{}", doc.tasks.len());
}

#[test]
fn a_megabyte_of_one_body_on_one_line() {
    let doc = within(
        "one_body_one_line",
        &inputs::one_body_one_line(MB),
        secs(20),
    );
    assert_eq!(doc.tasks.len(), 1);
}

#[test]
fn a_megabyte_of_one_body_line_after_line() {
    let input = inputs::one_body_many_lines(MB);
    let doc = within("one_body_many_lines", &input, secs(20));
    // One task; every line's 8月15日前 is one of its dated steps.
    assert_eq!(doc.tasks.len(), 1);
    let dated = input.lines().filter(|l| l.contains("8月15日前")).count();
    assert_eq!(doc.tasks[0].milestones.len(), dated);
}

#[test]
fn a_megabyte_of_unclosed_titles_on_one_line() {
    let doc = within(
        "open_titles_one_line",
        &inputs::open_titles_one_line(MB),
        secs(20),
    );
    assert!(doc.citations.is_empty());
}

/// The archive dump of the issue: 50 MB of notices back to back. Too slow
/// for a debug `cargo test`; run it with
/// `cargo test --release --test pathological -- --ignored fifty`.
#[test]
#[ignore]
fn fifty_megabytes_of_concatenated_notices() {
    let input = inputs::concatenated_notices(50 * MB);
    let p = parse_bytes(input.as_bytes(), &Options::default()).unwrap();
    assert_eq!(p.document.source.bytes, input.len());
    within("concatenated_notices_50mb", &input, secs(60));
}

#[test]
fn invalid_utf8_is_a_decode_error() {
    let mut bytes = "一、加强管理".as_bytes().to_vec();
    let at = bytes.len();
    bytes.extend_from_slice(&[0xFF, 0xFE, 0x80]);
    bytes.extend_from_slice("（牵头部门：市住建委）".as_bytes());
    match parse_bytes(&bytes, &Options::default()) {
        Err(e @ Error::Decode { .. }) => {
            let Error::Decode { encoding, detail } = &e else {
                unreachable!()
            };
            assert_eq!(*encoding, "utf-8");
            assert!(detail.contains(&at.to_string()), "{detail}");
            let msg = e.to_string();
            assert!(msg.contains("not valid utf-8"), "{msg}");
            assert!(msg.contains(&format!("offset {at}")), "{msg}");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn truncated_utf8_is_a_decode_error() {
    let s = "关于做好防汛工作的通知";
    let bytes = &s.as_bytes()[..s.len() - 1];
    let e = parse_bytes(bytes, &Options::default()).unwrap_err();
    assert!(
        matches!(
            e,
            Error::Decode {
                encoding: "utf-8",
                ..
            }
        ),
        "{e:?}"
    );
    // With a BOM the offset still counts from the first byte given.
    let mut with_bom = vec![0xEF, 0xBB, 0xBF];
    with_bom.extend_from_slice(bytes);
    let e = parse_bytes(&with_bom, &Options::default()).unwrap_err();
    assert!(
        e.to_string()
            .contains(&format!("offset {}", with_bom.len() - 2)),
        "{e}"
    );
}

#[test]
fn bad_utf16_is_a_decode_error() {
    // Odd length after a UTF-16LE BOM.
    let e = parse_bytes(&[0xFF, 0xFE, 0x41], &Options::default()).unwrap_err();
    assert!(
        matches!(
            e,
            Error::Decode {
                encoding: "utf-16le",
                ..
            }
        ),
        "{e:?}"
    );
    // An unpaired surrogate in UTF-16BE.
    let e = parse_bytes(&[0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x41], &Options::default()).unwrap_err();
    assert!(
        matches!(
            e,
            Error::Decode {
                encoding: "utf-16be",
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("unpaired surrogate"), "{e}");
    // The byte offset counts the units of a character off the basic plane
    // (😀, two units) before it: BOM 2 + 😀 4 + 公 2 = byte 8.
    let mut le = vec![0xFF, 0xFE];
    for u in "😀公".encode_utf16().chain([0xDC00, 0x0041]) {
        le.extend(u.to_le_bytes());
    }
    let e = parse_bytes(&le, &Options::default()).unwrap_err();
    assert!(
        e.to_string().contains("unpaired surrogate at byte 8"),
        "{e}"
    );
}

#[test]
fn binary_junk_through_parse_bytes() {
    // Bytes 0..=255 cycling are not UTF-8: a decode error, never a panic.
    let junk: Vec<u8> = (0..MB).map(|i| (i * 7 + i / 251) as u8).collect();
    assert!(matches!(
        parse_bytes(&junk, &Options::default()),
        Err(Error::Decode { .. })
    ));
    // Valid UTF-8 made of control characters and NULs parses.
    let ctrl: String = (0..MB).map(|i| char::from((i % 32) as u8)).collect();
    let t0 = Instant::now();
    let p = parse_bytes(ctrl.as_bytes(), &Options::default()).unwrap();
    assert!(t0.elapsed() < secs(20));
    invariants::check(&p.text, &p.document).unwrap();
}

#[test]
fn over_the_limit_is_too_large() {
    let input = inputs::SEED.as_bytes();
    let options = Options::default().max_input_bytes(1000);
    match parse_bytes(input, &options) {
        Err(e @ Error::TooLarge { .. }) => {
            let Error::TooLarge { size, limit } = e else {
                unreachable!()
            };
            assert_eq!((size, limit), (input.len(), 1000));
            assert!(e.to_string().contains("over the limit of 1000 bytes"));
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    // Exactly at the limit is accepted.
    let options = Options::default().max_input_bytes(input.len());
    let p = parse_bytes(input, &options).unwrap();
    assert_eq!(p.document.source.bytes, input.len());
}

#[test]
fn default_limit_is_at_least_64_mib() {
    assert!(Options::default().max_input_bytes >= 64 << 20);
    assert_eq!(Options::default().max_input_bytes, 256 << 20);
}

#[test]
fn empty_and_whitespace_inputs() {
    for s in [
        "",
        "\n",
        "\r\n",
        " ",
        "　",
        "\u{FEFF}",
        "\u{200B}\u{200B}",
        "\n\n\n\n",
    ] {
        within("blank", s, secs(1));
    }
}

/// Diagnostic, not a check: times every family at three sizes so a
/// super-linear stage shows up as a ratio far above 10.
/// `cargo test --test pathological -- --ignored --nocapture scaling`
#[test]
#[ignore]
fn scaling_probe() {
    for (name, build) in inputs::FAMILIES {
        let mut prev = None;
        for size in [10_000, 100_000, 1_000_000] {
            let input = build(size);
            let t0 = Instant::now();
            let doc = gongwen::parse(&input);
            let took = t0.elapsed();
            std::hint::black_box(doc);
            let ratio = prev.map(|p: Duration| took.as_secs_f64() / p.as_secs_f64());
            eprintln!("{name:>22} {size:>9} B {took:>12.2?} ratio {ratio:.1?}");
            prev = Some(took);
        }
    }
}
