//! Stage 4: the document's elements (GB/T 9704-2012): title, 发文字号,
//! 主送机关, signature, 成文日期, 附件说明, 抄送, 印发, enclosures, web residue.

pub mod date_text;
pub mod doc_number;
pub mod kind;
pub mod layout;
