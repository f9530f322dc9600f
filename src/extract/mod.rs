//! Stage 5: extract problems, measures, tasks, departments, deadlines,
//! citations and declared counts from the outline and the text.

pub mod assignment;
pub mod citations;
pub mod counts;
pub mod deadline;
pub mod departments;
pub mod tables;
pub mod tasks;
