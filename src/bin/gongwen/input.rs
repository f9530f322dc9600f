//! Inputs: expanding paths, directories and globs; reading and decoding bytes.

use encoding_rs::{Encoding, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions taken from directories (files named on the command line are always taken).
pub const DIR_EXTENSIONS: &[&str] = &["txt", "text", "htm", "html", "shtml", "xhtml", "md"];

/// Where one input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Standard input (`-`), already read.
    Stdin,
    /// A file on disk.
    File(PathBuf),
}

/// One unit of work: an input, or an error found while expanding the command line,
/// kept in command-line order so it is reported where it belongs.
#[derive(Debug, Clone)]
pub struct Item {
    /// What the user sees as the file's name (`-` for stdin).
    pub display: String,
    /// Where to read it from; `Err` holds a message when expansion already failed.
    pub origin: Result<Origin, String>,
    /// Path relative to the directory argument it was found in (for `--out`), or its file name.
    pub relative: PathBuf,
}

/// The result of expanding the command-line paths.
#[derive(Debug, Default)]
pub struct Expanded {
    /// Every input, in order.
    pub items: Vec<Item>,
    /// True when the arguments may name several documents (several paths, a directory or a
    /// glob): `--format json` then prints an array.
    pub many: bool,
}

fn has_glob_chars(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn wanted_in_dir(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| DIR_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        .unwrap_or(false)
}

/// Walk `dir` recursively, in sorted order, appending wanted files.
/// Hidden entries and symlinked directories are skipped.
fn walk(root: &Path, dir: &Path, out: &mut Vec<Item>) {
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Item {
                display: display(dir),
                origin: Err(e.to_string()),
                relative: PathBuf::new(),
            });
            return;
        }
    };
    // The entry's type comes with the directory listing on most file
    // systems (no `stat` per file: 10,000 files, 20,000 system calls); a
    // symlink is followed only to ask whether it names a file.
    let mut paths: Vec<(PathBuf, fs::FileType)> = entries
        .filter_map(|e| e.ok())
        .filter(|e| !is_hidden(&e.file_name()))
        .filter_map(|e| Some((e.path(), e.file_type().ok()?)))
        .collect();
    paths.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, kind) in paths {
        if kind.is_dir() {
            walk(root, &path, out);
        } else if wanted_in_dir(&path)
            && (kind.is_file()
                || kind.is_symlink() && fs::metadata(&path).is_ok_and(|m| m.is_file()))
        {
            let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            out.push(Item {
                display: display(&path),
                origin: Ok(Origin::File(path)),
                relative,
            });
        }
    }
}

fn push_path(path: PathBuf, out: &mut Vec<Item>) {
    if path.is_dir() {
        walk(&path, &path, out);
    } else {
        let relative = PathBuf::from(path.file_name().unwrap_or(path.as_os_str()));
        out.push(Item {
            display: display(&path),
            origin: Ok(Origin::File(path)),
            relative,
        });
    }
}

/// Expand command-line arguments into inputs: `-` is stdin, directories are walked
/// recursively in sorted order, a pattern that names no existing file is expanded as a glob.
/// A missing file is kept as an [`Item`] with an error, in its place.
pub fn expand(args: &[String]) -> Expanded {
    let mut ex = Expanded {
        items: Vec::new(),
        many: args.len() > 1,
    };
    for arg in args {
        if arg == "-" {
            ex.items.push(Item {
                display: "-".into(),
                origin: Ok(Origin::Stdin),
                relative: PathBuf::from("stdin"),
            });
            continue;
        }
        let path = PathBuf::from(arg);
        if path.is_dir() {
            ex.many = true;
            let before = ex.items.len();
            push_path(path.clone(), &mut ex.items);
            // A directory named on the command line that holds no input is
            // reported like a pattern that matches nothing (a typo, the
            // wrong directory, files with another extension); directories a
            // glob matched are not: the pattern itself matched.
            if ex.items.len() == before {
                ex.items.push(Item {
                    display: display(&path),
                    origin: Err(format!(
                        "no input files in this directory (taken from directories: .{})",
                        DIR_EXTENSIONS.join(", .")
                    )),
                    relative: PathBuf::new(),
                });
            }
        } else if path.exists() {
            push_path(path, &mut ex.items);
        } else if has_glob_chars(arg) {
            ex.many = true;
            match glob::glob(arg) {
                Ok(paths) => {
                    let mut matched: Vec<PathBuf> = paths.filter_map(|p| p.ok()).collect();
                    matched.sort();
                    if matched.is_empty() {
                        ex.items.push(Item {
                            display: arg.clone(),
                            origin: Err("no files match this pattern".into()),
                            relative: PathBuf::new(),
                        });
                    }
                    for p in matched {
                        push_path(p, &mut ex.items);
                    }
                }
                Err(e) => ex.items.push(Item {
                    display: arg.clone(),
                    origin: Err(format!("bad glob pattern: {e}")),
                    relative: PathBuf::new(),
                }),
            }
        } else {
            ex.items.push(Item {
                display: arg.clone(),
                origin: Err("No such file or directory".into()),
                relative: PathBuf::new(),
            });
        }
    }
    ex
}

/// Read a file, refusing it (without reading it all) when it is over `max_bytes`.
pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, String> {
    let file = fs::File::open(path).map_err(|e| e.to_string())?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    if len > max_bytes {
        return Err(too_large(len, max_bytes));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // Read one byte past the limit, in case the file grew since `metadata`.
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64, max_bytes));
    }
    Ok(bytes)
}

/// The message for an input over the size limit.
pub fn too_large(len: u64, max_bytes: u64) -> String {
    format!("file is {len} bytes, over the --max-bytes limit of {max_bytes} bytes")
}

/// Text decoded from an input's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, BOM removed.
    pub text: String,
    /// The encoding used, lower-case ("utf-8", "gb18030", "utf-16le"…).
    pub encoding: String,
}

/// The name recorded in `source.encoding`: encoding_rs's name in lower case, with GBK
/// reported as gb18030 (its decoder is the GB18030 one).
pub fn encoding_name(enc: &'static Encoding) -> String {
    if enc == GBK {
        "gb18030".into()
    } else {
        enc.name().to_ascii_lowercase()
    }
}

/// Resolve an encoding label (`--encoding`): any WHATWG label, plus "utf-16" (= LE).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    let l = label.trim().to_ascii_lowercase();
    match l.as_str() {
        "utf-16" | "utf16" => Some(UTF_16LE),
        "utf16le" => Some(UTF_16LE),
        "utf16be" => Some(UTF_16BE),
        "utf8" => Some(UTF_8),
        _ => Encoding::for_label(l.as_bytes()),
    }
}

/// Look for `<meta charset=…>` or `<meta http-equiv … content="…charset=…">` in the first
/// 4 KiB of an HTML page.
pub fn html_meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let mut i = from + pos + b"charset".len();
        while i < lower.len() && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
            i += 1;
        }
        let start = i;
        while i < lower.len()
            && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_'))
        {
            i += 1;
        }
        if i > start {
            if let Some(enc) = Encoding::for_label(&lower[start..i]) {
                return Some(enc);
            }
        }
        from = i.max(from + pos + 1);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// How many bytes chardetng sees, from the first non-ASCII byte on. Detection runs at about
/// 4 MB/s (measured: 16 KiB windows made GBK input 60 times slower than UTF-8); browsers
/// guess from 1 KiB, and 2 KiB of Chinese text (~700 characters) settle the guess. A wrong
/// guess that fails to decode falls back to GB18030.
const DETECT_WINDOW: usize = 2 << 10;

/// Guess the encoding of bytes that are not UTF-8, as chardetng does for a `.cn` page
/// (government documents come from .cn sites: that tips close guesses to GBK).
fn guess(bytes: &[u8]) -> &'static Encoding {
    let from = bytes.iter().position(|b| !b.is_ascii()).unwrap_or(0);
    let window = &bytes[from..bytes.len().min(from + DETECT_WINDOW)];
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    // Not the end of the stream: the window may cut a character in two.
    det.feed(window, window.len() == bytes.len() - from);
    det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow)
}

/// Decode `bytes` (which start at byte `base` of the file, after a BOM), or
/// name the file offset of the first undecodable bytes.
fn decode_strict(enc: &'static Encoding, bytes: &[u8], base: usize) -> Result<String, String> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let Some(cap) = decoder.max_utf8_buffer_length_without_replacement(bytes.len()) else {
        return Err("input too large to decode".into());
    };
    let mut out = String::with_capacity(cap);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(out),
        encoding_rs::DecoderResult::Malformed(bad, extra) => {
            // `read` counts the malformed bytes and the `extra` bytes read
            // after them.
            let at = base + read.saturating_sub(bad as usize + extra as usize);
            Err(format!(
                "not valid {} text (undecodable bytes at offset {at})",
                encoding_name(enc)
            ))
        }
        encoding_rs::DecoderResult::OutputFull => Err("internal decoding error".into()),
    }
}

/// Decode an input's bytes.
///
/// Order: a forced encoding (a matching BOM is still stripped); else a BOM (UTF-8, UTF-16LE,
/// UTF-16BE); else refuse binary (a NUL byte); else UTF-8 when the bytes are valid UTF-8;
/// else an HTML page's `<meta charset>`; else what chardetng guesses for a `.cn` page (GBK
/// is decoded as GB18030). Undecodable bytes are an error: nothing is replaced silently.
pub fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
    html: bool,
) -> Result<Decoded, String> {
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    let sniffed = Encoding::for_bom(bytes);
    let (enc, body) = match (forced, sniffed) {
        (Some(f), Some((b, len))) if f == b => (f, &bytes[len..]),
        (Some(f), _) => (f, bytes),
        (None, Some((b, len))) => (b, &bytes[len..]),
        (None, None) => {
            if let Some(pos) = memchr::memchr(0, bytes) {
                return Err(format!("binary file (NUL byte at offset {pos})"));
            }
            // Valid UTF-8 with no NUL: taken as it is. encoding_rs checks
            // UTF-8 with SIMD (≈ 12 GB/s here, where `str::from_utf8` runs at
            // 1 GB/s on Chinese text) and lends the checked text to copy.
            if let Some(text) = UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
                if text.trim().is_empty() {
                    return Err("empty file (only whitespace)".into());
                }
                return Ok(Decoded {
                    text: text.into_owned(),
                    encoding: encoding_name(UTF_8),
                });
            }
            match html.then(|| html_meta_charset(bytes)).flatten() {
                Some(enc) => (enc, bytes),
                None => (guess(bytes), bytes),
            }
        }
    };
    // encoding_rs decodes GBK with the GB18030 decoder; name it so.
    let mut enc = if enc == GBK { GB18030 } else { enc };
    let base = bytes.len() - body.len();
    let text = match decode_strict(enc, body, base) {
        Ok(text) => text,
        // A wrong guess: government documents that are not UTF-8 are mostly GB18030.
        Err(e) if forced.is_none() && sniffed.is_none() && enc != GB18030 => {
            let text = decode_strict(GB18030, body, base).map_err(|_| e)?;
            enc = GB18030;
            text
        }
        Err(e) => return Err(e),
    };
    if sniffed.is_none() && forced.is_none() && text.contains('\0') {
        return Err("binary file (NUL character)".into());
    }
    if text.trim().is_empty() {
        return Err("empty file (only whitespace)".into());
    }
    Ok(Decoded {
        text,
        encoding: encoding_name(enc),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_stripped() {
        let d = decode("\u{feff}通知".as_bytes(), None, false).unwrap();
        assert_eq!(d.text, "通知");
        assert_eq!(d.encoding, "utf-8");
    }

    #[test]
    fn gbk_is_detected_as_gb18030() {
        let (bytes, _, _) = GB18030.encode("盘锦市人民政府办公室关于印发整改意见的通知。各县、区人民政府：现印发给你们，请认真贯彻落实。");
        let d = decode(&bytes, None, false).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert!(d.text.starts_with("盘锦市人民政府"));
    }

    #[test]
    fn short_gbk_is_detected() {
        for text in [
            "关于印发通知",
            "各县、区人民政府：",
            "二〇一七年五月二十八日",
        ] {
            let (bytes, _, _) = GBK.encode(text);
            let d = decode(&bytes, None, false).unwrap();
            assert_eq!((d.text.as_str(), d.encoding.as_str()), (text, "gb18030"));
        }
    }

    #[test]
    fn detection_looks_past_an_ascii_prefix() {
        let text = format!(
            "{}\n关于印发整改意见的通知，各县、区人民政府：",
            "x = 1;".repeat(4000)
        );
        let (bytes, _, _) = GBK.encode(&text);
        let d = decode(&bytes, None, false).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert_eq!(d.text, text);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "通知".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let d = decode(&bytes, None, false).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("通知", "utf-16le"));
    }

    /// An undecodable byte is named by its offset in the file, counting a
    /// BOM and not the bytes the decoder read past it.
    #[test]
    fn undecodable_offsets_name_the_bad_byte_in_the_file() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend("通知".as_bytes());
        bytes.push(0xC3);
        assert_eq!(
            decode(&bytes, None, false).unwrap_err(),
            "not valid utf-8 text (undecodable bytes at offset 9)"
        );
        assert_eq!(
            decode(b"\xFF\xFE\x1A\x90\x00", None, false).unwrap_err(),
            "not valid utf-16le text (undecodable bytes at offset 4)"
        );
        // A broken four-byte GB18030 sequence: the decoder reads two bytes
        // past the bad one before it knows; the error names the bad one.
        assert_eq!(
            decode(b"ab\x81\x30\x81\x20cd", Some(GB18030), false).unwrap_err(),
            "not valid gb18030 text (undecodable bytes at offset 2)"
        );
        // Forced, with no BOM: offsets from the file's start.
        assert_eq!(
            decode(b"ab\xFF", Some(UTF_8), false).unwrap_err(),
            "not valid utf-8 text (undecodable bytes at offset 2)"
        );
    }

    #[test]
    fn nul_is_binary_and_empty_is_refused() {
        assert_eq!(
            decode(b"ab\0cd", None, false).unwrap_err(),
            "binary file (NUL byte at offset 2)"
        );
        assert_eq!(decode(b"", None, false).unwrap_err(), "empty file");
    }

    #[test]
    fn meta_charset() {
        assert_eq!(
            html_meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            ),
            Some(GBK)
        );
        assert_eq!(html_meta_charset(b"<meta charset=\"utf-8\">"), Some(UTF_8));
        assert_eq!(html_meta_charset(b"<p>none</p>"), None);
    }

    #[test]
    fn labels() {
        assert_eq!(encoding_for_label("GBK"), Some(GBK));
        assert_eq!(encoding_for_label("utf-16"), Some(UTF_16LE));
        assert_eq!(encoding_for_label("nope"), None);
    }
}
