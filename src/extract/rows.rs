//! Table rows: the cells of one row are joined into a single block,
//! tab-separated, when the table holds data; the cells of a layout table
//! (a page's text beside its menu) stay paragraphs of their own.

use super::walk::RawBlock;
use crate::document::BlockKind;

/// Joins the cells of one table row into a single block, tab-separated.
/// A row some of whose cells wrap their text in an element is joined only
/// when every cell gives one block of at most [`WRAPPED_CELL_CHARS`].
pub(super) fn merge_rows(blocks: &mut Vec<RawBlock>) {
    if !blocks.iter().any(|b| b.row.is_some()) {
        return;
    }
    // The groups first (start, end, joined), then the blocks moved into
    // them.
    let mut groups = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let row = blocks[i].row;
        let mut end = i + 1;
        while row.is_some() && end < blocks.len() && blocks[end].row == row {
            end += 1;
        }
        let group = &blocks[i..end];
        let wrapped = group.iter().any(|b| b.wrapped_cell.is_some());
        let joinable = !wrapped
            || group.iter().all(|b| b.chars <= WRAPPED_CELL_CHARS) && one_block_per_cell(group);
        let layout = row.is_some() && group.iter().any(|b| b.chars > LAYOUT_CELL_CHARS);
        groups.push((end - i, joinable && !layout && group.len() > 1, layout));
        i = end;
    }
    let mut out: Vec<RawBlock> = Vec::with_capacity(blocks.len());
    let mut moved = std::mem::take(blocks).into_iter();
    for (len, joined, layout) in groups {
        if !joined {
            // The cells of a layout table are paragraphs, not rows.
            out.extend(moved.by_ref().take(len).map(|mut b| {
                if layout && b.kind == BlockKind::TableRow {
                    b.kind = BlockKind::Paragraph;
                }
                b
            }));
            continue;
        }
        let Some(mut first) = moved.next() else { break };
        for b in moved.by_ref().take(len - 1) {
            first.text.push('\t');
            first.text.push_str(&b.text);
            first.chars += b.chars;
            first.link_chars += b.link_chars;
        }
        first.kind = BlockKind::TableRow;
        out.push(first);
    }
    *blocks = out;
}

/// No wrapped cell gives more than one of the `group`'s blocks.
fn one_block_per_cell(group: &[RawBlock]) -> bool {
    let mut cells: Vec<usize> = group.iter().filter_map(|b| b.wrapped_cell).collect();
    cells.sort_unstable();
    cells.windows(2).all(|p| p[0] != p[1])
}

/// Characters a cell may have in a row joined from wrapped cells.
const WRAPPED_CELL_CHARS: u32 = 200;

/// Characters a cell may have in any joined row: a longer one holds a
/// page's text in a layout table, beside its menu.
const LAYOUT_CELL_CHARS: u32 = 300;
