//! Assignments: the bracketed or labelled text that names who does a task
//! and by when ((牵头部门:…;完成时限:…), （财政部牵头，…按职责分工负责）).

use std::ops::Range;

/// What an assignment says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assignment {
    /// Lead / responsible bodies, expanded.
    pub lead: Vec<String>,
    /// Cooperating bodies, expanded.
    pub cooperating: Vec<String>,
    /// The byte range (within the text given) of the deadline phrase, if any.
    pub deadline: Option<Range<usize>>,
    /// The text declares that from here on the first name of a plain list is
    /// the lead (排在第一位的部门为牵头部门).
    pub declares_first_is_lead: bool,
}

/// Read an assignment (the inside of a bracket, or a label line).
/// `first_is_lead`: a 排在第一位的部门为牵头部门 note is in force.
pub fn read_assignment(text: &str, first_is_lead: bool) -> Option<Assignment> {
    let _ = (text, first_is_lead);
    None
}
