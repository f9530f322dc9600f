//! `gongwen`: turn Chinese government documents (公文) into typed JSON, from the command line.
//!
//! ```text
//! gongwen [OPTIONS] PATH...        parse files, directories, globs or `-` (stdin)
//! gongwen lint [OPTIONS] PATH...   print diagnostics compiler-style
//! gongwen schema                   print the JSON Schema of a document
//! ```
//!
//! See `README-cli.md` for the details.

mod alloc;
mod html;
mod input;
mod lint;
mod ordered;
mod output;

use clap::{Args, Parser, Subcommand};
use encoding_rs::Encoding;
use gongwen::{Options, Severity};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use input::{Item, Origin};
use output::Format;
use std::collections::HashSet;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Command line.
#[derive(Debug, Parser)]
#[command(
    name = "gongwen",
    version,
    about = "Turn Chinese government documents (公文) into typed JSON",
    long_about = "Turn Chinese government documents (公文) into typed JSON.\n\n\
        PATH may be a file, a directory (walked recursively in sorted order, taking \
        .txt/.text/.md/.htm/.html/.shtml/.xhtml files), a glob (quoted) or - for stdin.\n\
        Exit status: 0 when every input parsed, 1 when some failed, 2 for bad usage.",
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    run: RunArgs,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
enum Command {
    /// Print each document's diagnostics as `path:line:col: severity[code]: message`, with the
    /// source line and carets under the span.
    Lint(LintArgs),
    /// Print the text that spans index: decoded, BOM removed, article text of HTML pages.
    Text(LintArgs),
    /// Print the JSON Schema of the output document.
    Schema,
}

/// Options shared by parsing and linting.
#[derive(Debug, Args)]
struct Common {
    /// Files, directories, globs, or - for stdin.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<String>,
    /// Decode every input with this encoding (gb18030, gbk, utf-8, utf-16le, big5…) instead
    /// of detecting it.
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    encoding: Option<&'static Encoding>,
    /// Number of parsing threads (default: all cores).
    #[arg(
        short = 'j',
        long,
        value_name = "N",
        default_value_t = 0,
        hide_default_value = true
    )]
    threads: usize,
    /// Largest input accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    max_bytes: u64,
    /// No progress bar and no summary line (errors are still printed).
    #[arg(short, long)]
    quiet: bool,
}

/// Options of the default (parse) mode.
#[derive(Debug, Args)]
struct RunArgs {
    #[command(flatten)]
    common: Common,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Write one file per input into DIR (`<name>.json`, or `<name>.csv` for tasks-csv)
    /// instead of printing to stdout.
    #[arg(short, long, value_name = "DIR")]
    out: Option<PathBuf>,
}

/// Options of `gongwen lint` and `gongwen text`.
#[derive(Debug, Args)]
struct LintArgs {
    #[command(flatten)]
    common: Common,
}

fn parse_encoding(s: &str) -> Result<&'static Encoding, String> {
    input::encoding_for_label(s).ok_or_else(|| {
        format!("unknown encoding '{s}' (try utf-8, gb18030, gbk, utf-16le, utf-16be, big5)")
    })
}

/// What to do with each parsed document.
#[derive(Debug, Clone)]
enum Mode {
    /// Print in a format.
    Print(Format),
    /// Write one file per input into a directory, in a format.
    Out(Format, PathBuf),
    /// Print diagnostics.
    Lint,
    /// Print the decoded (and extracted) text.
    Text,
}

/// One input, parsed and rendered.
struct Done {
    /// What to print on stdout.
    stdout: Vec<u8>,
    /// Tasks in the document.
    tasks: usize,
    /// Diagnostics in the document, by severity (error, warning, info).
    diagnostics: [usize; 3],
    /// Size of the input.
    bytes: u64,
}

/// One input, read and decoded (for HTML, its article text).
struct Loaded {
    /// The text parsed; every span of the output indexes it.
    text: String,
    /// The encoding it was decoded from.
    encoding: String,
    is_html: bool,
    /// The input's size as read.
    bytes: usize,
}

/// Read, decode and extract (HTML) one input.
fn load(item: &Item, stdin: &[u8], common: &Common) -> Result<Loaded, String> {
    let origin = item.origin.as_ref().map_err(|e| e.clone())?;
    let owned;
    let (bytes, path): (&[u8], Option<&Path>) = match origin {
        Origin::Stdin => {
            if stdin.len() as u64 > common.max_bytes {
                return Err(input::too_large(stdin.len() as u64, common.max_bytes));
            }
            (stdin, None)
        }
        Origin::File(p) => {
            owned = input::read_file(p, common.max_bytes)?;
            (&owned, Some(p.as_path()))
        }
    };
    let mut is_html = html::looks_like_html(path, bytes);
    let decoded = input::decode(bytes, common.encoding, is_html)?;
    is_html |= html::starts_like_html(decoded.text.as_bytes());
    let text = if is_html {
        let t = html::extract_text(&decoded.text);
        if t.is_empty() {
            return Err("no text found in the HTML page".into());
        }
        t
    } else {
        decoded.text
    };
    Ok(Loaded {
        text,
        encoding: decoded.encoding,
        is_html,
        bytes: bytes.len(),
    })
}

/// Parse a loaded input, its `source` recorded. The output model is built
/// only as it is written (`LazyDocument`): JSON goes out without the
/// document's strings ever being copied into a model.
fn parse<'t>(item: &Item, loaded: &'t Loaded) -> Result<gongwen::LazyDocument<'t>, String> {
    // Field by field, so that options the library adds later keep their defaults.
    #[allow(clippy::field_reassign_with_default)]
    let options = {
        let mut o = Options::default();
        o.max_input_bytes = usize::MAX;
        o.source_path = Some(item.display.clone());
        o
    };
    let mut lazy = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        gongwen::parse_lazy(&loaded.text, &options)
    }))
    .map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("the parser panicked (a bug in gongwen): {msg}")
    })?;
    // Field by field, so that fields the library adds to `Source` later are kept.
    let source = lazy.source_mut();
    source.path = Some(item.display.clone());
    source.encoding = loaded.encoding.clone();
    source.format = if loaded.is_html { "html" } else { "text" }.into();
    source.bytes = loaded.bytes;
    Ok(lazy)
}

/// The error line for a panic with `payload`: a panic while reading one
/// input becomes that input's error, since one bad file must not end a
/// batch run. The library is meant never to panic; if it does, the message
/// asks for the file (the panic hook has printed where).
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let what = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic");
    format!("internal error ({what}); please report it with this file")
}

/// Load one input and render it for `mode`.
fn work(
    item: &Item,
    out_path: Option<&PathBuf>,
    stdin: &[u8],
    common: &Common,
    mode: &Mode,
) -> Result<Done, String> {
    let loaded = load(item, stdin, common)?;
    let lazy = parse(item, &loaded)?;
    let mut diagnostics = [0; 3];
    for d in lazy.diagnostics() {
        diagnostics[match d.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        }] += 1;
    }
    let tasks = lazy.task_count();
    let size = loaded.bytes;
    let stdout = match mode {
        Mode::Print(Format::Json) => output::json_pretty(&lazy, size),
        Mode::Print(Format::Jsonl) => output::json_line(&lazy, size),
        Mode::Print(Format::TasksCsv) => output::tasks_csv(&lazy.into_document()).into_bytes(),
        Mode::Out(format, _) => {
            let content = match format {
                Format::Json => output::json_pretty(&lazy, size),
                Format::Jsonl => output::json_line(&lazy, size),
                Format::TasksCsv => {
                    (output::csv_header() + &output::tasks_csv(&lazy.into_document())).into_bytes()
                }
            };
            let path = out_path.expect("an output path for every input");
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(path, content)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            Vec::new()
        }
        Mode::Text => loaded.text.clone().into_bytes(),
        Mode::Lint => {
            let lines = lint::Lines::new(&loaded.text);
            lazy.diagnostics()
                .iter()
                .map(|d| lint::render(&item.display, &loaded.text, &lines, d))
                .collect::<String>()
                .into_bytes()
        }
    };
    Ok(Done {
        stdout,
        tasks,
        diagnostics,
        bytes: size as u64,
    })
}

/// Output paths for `--out`: the input's path relative to its directory argument (or its
/// file name), extension replaced; a name already taken gets `-2`, `-3`… appended.
fn out_paths(items: &[Item], dir: &Path, format: Format) -> Vec<PathBuf> {
    let mut taken = HashSet::new();
    // The suffix to try first for each name: every smaller one is taken
    // (trying from 1 again for each input was quadratic in inputs of one
    // name, such as `data/*/index.html`).
    let mut next: std::collections::HashMap<PathBuf, usize> = std::collections::HashMap::new();
    items
        .iter()
        .map(|item| {
            let base = item.relative.with_extension("");
            let n = next.entry(base.clone()).or_insert(1);
            loop {
                let mut name = base.clone().into_os_string();
                if *n > 1 {
                    name.push(format!("-{n}"));
                }
                name.push(".");
                name.push(format.extension());
                let path = dir.join(name);
                *n += 1;
                if taken.insert(path.clone()) {
                    return path;
                }
            }
        })
        .collect()
}

/// Writes to stdout; a closed pipe (`| head`) ends the run quietly.
struct Out {
    w: io::BufWriter<io::Stdout>,
}

impl Out {
    fn write(&mut self, s: impl AsRef<[u8]>) {
        if let Err(e) = self.w.write_all(s.as_ref()) {
            Self::fail(e);
        }
    }
    fn flush(&mut self) {
        if let Err(e) = self.w.flush() {
            Self::fail(e);
        }
    }
    fn fail(e: io::Error) -> ! {
        if e.kind() == io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("gongwen: cannot write to stdout: {e}");
        std::process::exit(1);
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Parse (or lint) every input and write the results in input order.
fn run(common: &Common, mode: Mode) -> ExitCode {
    let started = Instant::now();
    let expanded = input::expand(&common.paths);
    let items = expanded.items;

    let mut stdin = Vec::new();
    if items.iter().any(|i| matches!(i.origin, Ok(Origin::Stdin))) {
        if let Err(e) = io::stdin()
            .lock()
            .take(common.max_bytes + 1)
            .read_to_end(&mut stdin)
        {
            eprintln!("gongwen: -: {e}");
            return ExitCode::from(1);
        }
    }

    let out_paths = match &mode {
        Mode::Out(format, dir) => Some(out_paths(&items, dir, *format)),
        _ => None,
    };

    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(common.threads)
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gongwen: cannot start threads: {e}");
            return ExitCode::from(1);
        }
    };

    let progress = if !common.quiet && items.len() > 8 && io::stderr().is_terminal() {
        let pb =
            ProgressBar::with_draw_target(Some(items.len() as u64), ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed} ETA {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        pb
    } else {
        ProgressBar::hidden()
    };

    let mut out = Out {
        w: io::BufWriter::new(io::stdout()),
    };
    let json_array = matches!(mode, Mode::Print(Format::Json)) && expanded.many;
    match mode {
        Mode::Print(Format::TasksCsv) => out.write(output::csv_header()),
        _ if json_array => out.write("["),
        _ => {}
    }

    let (mut documents, mut tasks, mut errors, mut bytes) = (0usize, 0usize, 0usize, 0u64);
    let mut diagnostics = [0usize; 3];
    ordered::for_each_in_order(
        &pool,
        items.len(),
        |i| {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                work(
                    &items[i],
                    out_paths.as_ref().map(|p| &p[i]),
                    &stdin,
                    common,
                    &mode,
                )
            }))
            .unwrap_or_else(|payload| Err(panic_message(payload.as_ref())));
            progress.inc(1);
            r
        },
        |i, result| match result {
            Ok(done) => {
                if json_array {
                    out.write(if documents == 0 { "\n" } else { ",\n" });
                    out.write(output::indent(&done.stdout));
                } else {
                    out.write(&done.stdout);
                }
                documents += 1;
                tasks += done.tasks;
                bytes += done.bytes;
                for (total, n) in diagnostics.iter_mut().zip(done.diagnostics) {
                    *total += n;
                }
            }
            Err(message) => {
                errors += 1;
                // The error follows the output of the files before it.
                out.flush();
                progress.suspend(|| eprintln!("gongwen: {}: {message}", items[i].display));
            }
        },
    );
    if json_array {
        out.write(if documents == 0 { "]\n" } else { "\n]\n" });
    }
    out.flush();
    progress.finish_and_clear();

    if !common.quiet {
        let secs = started.elapsed().as_secs_f64();
        let mb = bytes as f64 / 1e6;
        let rate = if secs > 0.0 { mb / secs } else { 0.0 };
        let what = if matches!(mode, Mode::Lint) {
            format!(
                "{} ({}, {}, {} info)",
                plural(diagnostics.iter().sum(), "diagnostic"),
                plural(diagnostics[0], "error"),
                plural(diagnostics[1], "warning"),
                diagnostics[2]
            )
        } else {
            plural(tasks, "task")
        };
        eprintln!(
            "gongwen: {}, {}, {what}, {} failed; {mb:.2} MB in {secs:.2} s ({rate:.1} MB/s)",
            plural(items.len(), "file"),
            plural(documents, "document"),
            errors,
        );
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    alloc::set_up();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Schema) => {
            let schema = schemars::schema_for!(gongwen::Document);
            let mut out = Out {
                w: io::BufWriter::new(io::stdout()),
            };
            out.write(serde_json::to_string_pretty(&schema).expect("a schema serialises"));
            out.write("\n");
            out.flush();
            ExitCode::SUCCESS
        }
        Some(Command::Lint(args)) => run(&args.common, Mode::Lint),
        Some(Command::Text(args)) => run(&args.common, Mode::Text),
        None => {
            let args = cli.run;
            let mode = match &args.out {
                Some(dir) => {
                    if let Err(e) = std::fs::create_dir_all(dir) {
                        eprintln!("gongwen: cannot create {}: {e}", dir.display());
                        return ExitCode::from(1);
                    }
                    Mode::Out(args.format, dir.clone())
                }
                None => Mode::Print(args.format),
            };
            run(&args.common, mode)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{alloc, out_paths, panic_message, Format, Item, Origin, Path, PathBuf};

    #[test]
    fn out_paths_number_many_inputs_of_one_name_in_linear_time() {
        // 20,000 `notice.txt` from as many directories (a glob's matches),
        // and one file whose own name is a numbered one.
        let item = |name: &str| Item {
            display: name.to_string(),
            origin: Ok(Origin::File(PathBuf::from(name))),
            relative: PathBuf::from(name),
        };
        let mut items: Vec<Item> = (0..20_000).map(|_| item("notice.txt")).collect();
        items.insert(1, item("notice-3.txt"));
        let t0 = std::time::Instant::now();
        let paths = out_paths(&items, Path::new("out"), Format::Jsonl);
        let took = t0.elapsed();
        let names: Vec<String> = paths
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names[..5],
            [
                "notice.json",
                "notice-3.json",
                "notice-2.json",
                "notice-4.json",
                "notice-5.json"
            ]
        );
        assert_eq!(names.last().unwrap(), "notice-20001.json");
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        // Trying every smaller number again took seconds here.
        assert!(took < std::time::Duration::from_secs(5), "{took:?}");
    }

    #[test]
    fn the_allocator_is_set_up() {
        // SAFETY (both blocks): reads an option value.
        let before = unsafe { libmimalloc_sys::mi_option_get(alloc::PURGE_DECOMMITS) };
        alloc::set_up();
        let after = unsafe { libmimalloc_sys::mi_option_get(alloc::PURGE_DECOMMITS) };
        // The option's default is 1 (decommit); its number is mimalloc's.
        if std::env::var_os("MIMALLOC_PURGE_DECOMMITS").is_none() {
            assert_eq!((before, after), (1, 0));
        }
        #[cfg(target_os = "linux")]
        if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
            // SAFETY: reads the process's THP flag.
            assert_eq!(
                unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) },
                1
            );
        }
    }

    #[test]
    fn a_panic_becomes_one_error_line() {
        let caught = std::panic::catch_unwind(|| panic!("index out of bounds"));
        assert_eq!(
            panic_message(caught.unwrap_err().as_ref()),
            "internal error (index out of bounds); please report it with this file"
        );
        let n = 3;
        let caught = std::panic::catch_unwind(|| panic!("bad offset {n}"));
        assert!(panic_message(caught.unwrap_err().as_ref()).contains("bad offset 3"));
        let caught = std::panic::catch_unwind(|| std::panic::panic_any(7u8));
        assert!(panic_message(caught.unwrap_err().as_ref()).contains("(panic)"));
    }
}
