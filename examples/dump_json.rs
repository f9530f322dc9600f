//! Print a notice's JSON: `cargo run --release --example dump_json -- FILE`.
//! With no argument it parses the seed notice in `seeds/`.

use std::process::ExitCode;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/seeds/000_ff0d01acfb8f9152.txt"
);

fn main() -> ExitCode {
    let path = std::env::args_os()
        .nth(1)
        .map_or_else(|| SEED.into(), std::path::PathBuf::from);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("dump_json: cannot read {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let options = gongwen::Options::default().source_path(path.display().to_string());
    match gongwen::parse_bytes(&bytes, &options) {
        Ok(parsed) => match serde_json::to_string_pretty(&parsed.document) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("dump_json: cannot serialise {}: {e}", path.display());
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("dump_json: {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
