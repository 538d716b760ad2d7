// Small-number suppression with complementary cells, so that no hidden count can be worked out from the
// numbers published beside it. One closed rule, with no search and no iteration, so docs/evaluation.sql can
// apply the very same rule in plain SQL.
//
// A table is a grid whose last row is the year total of each column and, when its rows add up to something
// (every completed conversation has exactly one nation), whose last column is each row's total. Every count
// from 1 to 4 is hidden (primary). For each of them, three more cells are hidden so that it is one corner of
// a rectangle of hidden cells: the smallest other non-zero cell in its row, the smallest other non-zero cell
// in its column, and the cell where that row and column cross. Adding 1 and taking 1 away around a rectangle
// (the signs of a total's corner flipped) changes no published number, so every hidden cell can take at least
// two values consistent with everything published: none is determined by any combination of them.
// A table whose rows have no total (topics: a conversation raises several) needs only the column partner.

/** Counts from 1 up to (not including) this are hidden. */
export const suppressionThreshold = 5;

/** True when a count is small enough to be hidden itself (1 to 4). @param {number} n */
export const isSmall = (n) => n > 0 && n < suppressionThreshold;

/**
 * Index of the smallest non-zero value among `candidates` (ties go to the first), or -1.
 * @param {number[]} values  @param {number[]} candidates
 */
function smallest(values, candidates) {
  let best = -1;
  for (const i of candidates) if (values[i] > 0 && (best < 0 || values[i] < values[best])) best = i;
  return best;
}

const range = (n) => Array.from({ length: n }, (_, i) => i);

/**
 * Which cells of `grid` to hide. The last row must be the column totals; with `rowTotals`, the last column
 * must be the row totals. Partners are taken from inside the table first and from the totals only when the
 * row or column has no other non-zero cell, so totals shared with other tables stay published.
 * @param {number[][]} grid
 * @param {{ rowTotals: boolean }} options
 * @returns {boolean[][]}
 */
export function suppressGrid(grid, { rowTotals }) {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  const hidden = grid.map((row) => row.map(() => false));
  const innerRows = range(rows - 1);
  const innerCols = range(rowTotals ? cols - 1 : cols);
  for (let a = 0; a < rows; a++) {
    for (let b = 0; b < cols; b++) {
      if (!isSmall(grid[a][b])) continue;
      hidden[a][b] = true;
      const column = grid.map((row) => row[b]);
      let a2 = smallest(column, innerRows.filter((r) => r !== a));
      if (a2 < 0 && a !== rows - 1) a2 = rows - 1;
      if (a2 >= 0) hidden[a2][b] = true;
      if (!rowTotals) continue;
      let b2 = smallest(grid[a], innerCols.filter((c) => c !== b));
      if (b2 < 0 && b !== cols - 1) b2 = cols - 1;
      if (b2 >= 0) hidden[a][b2] = true;
      if (a2 >= 0 && b2 >= 0) hidden[a2][b2] = true;
    }
  }
  return hidden;
}
