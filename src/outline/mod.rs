//! Stage 3: the numbered outline (一、 / （一） / 1. / （1） / ① / 第X条).

pub mod marker;
pub mod tree;
