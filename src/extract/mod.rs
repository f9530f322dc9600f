//! Stage 5: extract problems, measures, tasks, departments, deadlines,
//! citations and declared counts from the outline and the text.

pub mod assignment;
pub mod deadline;
pub mod departments;
