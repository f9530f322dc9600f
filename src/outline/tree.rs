//! Stage 3: nest the numbered blocks into a tree.
//!
//! Nesting follows the order in which marker styles appear, not a fixed
//! table: a style seen before closes everything opened after it (it is a
//! sibling of its earlier use); a new style opens a child. So a document that
//! numbers 一、 → （一） → 1. and one that numbers （一） → 1. → （1） both nest
//! correctly.

use crate::outline::marker::{Marker, Style};
use crate::text::lines::Block;

/// An outline node in block indices (folded coordinates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineNode {
    /// The marker.
    pub marker: Marker,
    /// Indices (into the block list) of the node's own blocks: its marker
    /// block and the unnumbered blocks before its first child.
    pub own: Vec<usize>,
    /// Child nodes.
    pub children: Vec<OutlineNode>,
    /// Index of the last block of the node, children included.
    pub last: usize,
}

/// The outline of a run of blocks: unnumbered blocks before the first
/// marker, then the tree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    /// Blocks before the first marker.
    pub preamble: Vec<usize>,
    /// Top-level nodes.
    pub nodes: Vec<OutlineNode>,
}

/// Build the outline of `indices` (in order) into `blocks`.
pub fn build(blocks: &[Block], indices: &[usize]) -> Outline {
    let mut out = Outline::default();
    // Open path: (style, node) from the root down.
    let mut stack: Vec<(Style, OutlineNode)> = Vec::new();
    for &i in indices {
        let Some(marker) = blocks[i].marker else {
            match stack.last_mut() {
                Some((_, node)) => {
                    node.own.push(i);
                    node.last = i;
                }
                None => out.preamble.push(i),
            }
            continue;
        };
        if let Some(k) = stack.iter().rposition(|(s, _)| *s == marker.style) {
            while stack.len() > k {
                close(&mut stack, &mut out.nodes);
            }
        }
        stack.push((
            marker.style,
            OutlineNode {
                marker,
                own: vec![i],
                children: Vec::new(),
                last: i,
            },
        ));
    }
    while !stack.is_empty() {
        close(&mut stack, &mut out.nodes);
    }
    out
}

fn close(stack: &mut Vec<(Style, OutlineNode)>, roots: &mut Vec<OutlineNode>) {
    let Some((_, node)) = stack.pop() else { return };
    match stack.last_mut() {
        Some((_, parent)) => {
            parent.last = parent.last.max(node.last);
            parent.children.push(node);
        }
        None => roots.push(node),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_blocks;

    fn shape(nodes: &[OutlineNode]) -> String {
        nodes
            .iter()
            .map(|n| {
                if n.children.is_empty() {
                    n.marker.ordinal.to_string()
                } else {
                    format!("{}[{}]", n.marker.ordinal, shape(&n.children))
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn nests_by_style_order() {
        let t = "前言\n一、甲\n(一)乙\n1.丙\n2.丁\n(二)戊\n二、己\n正文\n";
        let blocks = split_blocks(t, 0);
        let idx: Vec<usize> = (0..blocks.len()).collect();
        let o = build(&blocks, &idx);
        assert_eq!(o.preamble, vec![0]);
        assert_eq!(shape(&o.nodes), "1[1[1 2] 2] 2");
        assert_eq!(o.nodes[1].own.len(), 2);
    }

    #[test]
    fn starts_at_any_style() {
        let t = "(一)甲\n1.乙\n(1)丙\n(2)丁\n2.戊\n(二)己\n";
        let blocks = split_blocks(t, 0);
        let idx: Vec<usize> = (0..blocks.len()).collect();
        assert_eq!(shape(&build(&blocks, &idx).nodes), "1[1[1 2] 2] 2");
    }
}
