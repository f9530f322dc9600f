//! Stage 2: lines and paragraphs (placeholder).
