//! Readers of a task's departments, shared by the tests on notices outside
//! the corpus.

use gongwen::Task;

/// The lead departments, as string slices.
pub fn leads(t: &Task) -> Vec<&str> {
    t.lead_departments.iter().map(String::as_str).collect()
}

/// The cooperating departments, as string slices.
pub fn coops(t: &Task) -> Vec<&str> {
    t.cooperating_departments
        .iter()
        .map(String::as_str)
        .collect()
}
